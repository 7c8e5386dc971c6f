// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code RedshiftDestinationUpdate} shape. */
public record RedshiftDestinationUpdate(
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("ClusterJDBCURL") String clusterJDBCURL,
        @JsonProperty("CopyCommand") CopyCommand copyCommand,
        @JsonProperty("Username") String username,
        @JsonProperty("Password") String password,
        @JsonProperty("RetryOptions") RedshiftRetryOptions retryOptions,
        @JsonProperty("S3Update") S3DestinationUpdate s3Update,
        @JsonProperty("ProcessingConfiguration") ProcessingConfiguration processingConfiguration,
        @JsonProperty("S3BackupMode") String s3BackupMode,
        @JsonProperty("S3BackupUpdate") S3DestinationUpdate s3BackupUpdate,
        @JsonProperty("CloudWatchLoggingOptions") CloudWatchLoggingOptions cloudWatchLoggingOptions,
        @JsonProperty("SecretsManagerConfiguration") SecretsManagerConfiguration secretsManagerConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, RedshiftDestinationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
        p = path.isEmpty() ? "clusterJDBCURL" : path + ".clusterJDBCURL";
        v.pattern(p, value.clusterJDBCURL(), FirehoseShapes.CLUSTER_JDBCURL_PATTERN);
        v.length(p, value.clusterJDBCURL(), 1, 512);
        p = path.isEmpty() ? "copyCommand" : path + ".copyCommand";
        CopyCommand.check(v, p, value.copyCommand());
        p = path.isEmpty() ? "username" : path + ".username";
        v.pattern(p, value.username(), FirehoseShapes.USERNAME_PATTERN);
        v.length(p, value.username(), 1, 512);
        p = path.isEmpty() ? "password" : path + ".password";
        v.pattern(p, value.password(), FirehoseShapes.PASSWORD_PATTERN);
        v.length(p, value.password(), 6, 512);
        p = path.isEmpty() ? "retryOptions" : path + ".retryOptions";
        RedshiftRetryOptions.check(v, p, value.retryOptions());
        p = path.isEmpty() ? "s3Update" : path + ".s3Update";
        S3DestinationUpdate.check(v, p, value.s3Update());
        p = path.isEmpty() ? "processingConfiguration" : path + ".processingConfiguration";
        ProcessingConfiguration.check(v, p, value.processingConfiguration());
        p = path.isEmpty() ? "s3BackupMode" : path + ".s3BackupMode";
        v.oneOf(p, value.s3BackupMode(), FirehoseShapes.REDSHIFT_S3_BACKUP_MODE);
        p = path.isEmpty() ? "s3BackupUpdate" : path + ".s3BackupUpdate";
        S3DestinationUpdate.check(v, p, value.s3BackupUpdate());
        p = path.isEmpty() ? "cloudWatchLoggingOptions" : path + ".cloudWatchLoggingOptions";
        CloudWatchLoggingOptions.check(v, p, value.cloudWatchLoggingOptions());
        p = path.isEmpty() ? "secretsManagerConfiguration" : path + ".secretsManagerConfiguration";
        SecretsManagerConfiguration.check(v, p, value.secretsManagerConfiguration());
    }
}
