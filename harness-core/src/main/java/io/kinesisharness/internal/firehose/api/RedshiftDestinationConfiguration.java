// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code RedshiftDestinationConfiguration} shape. */
public record RedshiftDestinationConfiguration(
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("ClusterJDBCURL") String clusterJDBCURL,
        @JsonProperty("CopyCommand") CopyCommand copyCommand,
        @JsonProperty("Username") String username,
        @JsonProperty("Password") String password,
        @JsonProperty("RetryOptions") RedshiftRetryOptions retryOptions,
        @JsonProperty("S3Configuration") S3DestinationConfiguration s3Configuration,
        @JsonProperty("ProcessingConfiguration") ProcessingConfiguration processingConfiguration,
        @JsonProperty("S3BackupMode") String s3BackupMode,
        @JsonProperty("S3BackupConfiguration") S3DestinationConfiguration s3BackupConfiguration,
        @JsonProperty("CloudWatchLoggingOptions") CloudWatchLoggingOptions cloudWatchLoggingOptions,
        @JsonProperty("SecretsManagerConfiguration") SecretsManagerConfiguration secretsManagerConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, RedshiftDestinationConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.notNull(p, value.roleARN());
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
        p = path.isEmpty() ? "clusterJDBCURL" : path + ".clusterJDBCURL";
        v.notNull(p, value.clusterJDBCURL());
        v.pattern(p, value.clusterJDBCURL(), FirehoseShapes.CLUSTER_JDBCURL_PATTERN);
        v.length(p, value.clusterJDBCURL(), 1, 512);
        p = path.isEmpty() ? "copyCommand" : path + ".copyCommand";
        v.notNull(p, value.copyCommand());
        CopyCommand.check(v, p, value.copyCommand());
        p = path.isEmpty() ? "username" : path + ".username";
        v.pattern(p, value.username(), FirehoseShapes.USERNAME_PATTERN);
        v.length(p, value.username(), 1, 512);
        p = path.isEmpty() ? "password" : path + ".password";
        v.pattern(p, value.password(), FirehoseShapes.PASSWORD_PATTERN);
        v.length(p, value.password(), 6, 512);
        p = path.isEmpty() ? "retryOptions" : path + ".retryOptions";
        RedshiftRetryOptions.check(v, p, value.retryOptions());
        p = path.isEmpty() ? "s3Configuration" : path + ".s3Configuration";
        v.notNull(p, value.s3Configuration());
        S3DestinationConfiguration.check(v, p, value.s3Configuration());
        p = path.isEmpty() ? "processingConfiguration" : path + ".processingConfiguration";
        ProcessingConfiguration.check(v, p, value.processingConfiguration());
        p = path.isEmpty() ? "s3BackupMode" : path + ".s3BackupMode";
        v.oneOf(p, value.s3BackupMode(), FirehoseShapes.REDSHIFT_S3_BACKUP_MODE);
        p = path.isEmpty() ? "s3BackupConfiguration" : path + ".s3BackupConfiguration";
        S3DestinationConfiguration.check(v, p, value.s3BackupConfiguration());
        p = path.isEmpty() ? "cloudWatchLoggingOptions" : path + ".cloudWatchLoggingOptions";
        CloudWatchLoggingOptions.check(v, p, value.cloudWatchLoggingOptions());
        p = path.isEmpty() ? "secretsManagerConfiguration" : path + ".secretsManagerConfiguration";
        SecretsManagerConfiguration.check(v, p, value.secretsManagerConfiguration());
    }
}
