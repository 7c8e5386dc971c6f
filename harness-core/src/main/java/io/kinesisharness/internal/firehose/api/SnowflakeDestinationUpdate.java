// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code SnowflakeDestinationUpdate} shape. */
public record SnowflakeDestinationUpdate(
        @JsonProperty("AccountUrl") String accountUrl,
        @JsonProperty("PrivateKey") String privateKey,
        @JsonProperty("KeyPassphrase") String keyPassphrase,
        @JsonProperty("User") String user,
        @JsonProperty("Database") String database,
        @JsonProperty("Schema") String schema,
        @JsonProperty("Table") String table,
        @JsonProperty("SnowflakeRoleConfiguration") SnowflakeRoleConfiguration snowflakeRoleConfiguration,
        @JsonProperty("DataLoadingOption") String dataLoadingOption,
        @JsonProperty("MetaDataColumnName") String metaDataColumnName,
        @JsonProperty("ContentColumnName") String contentColumnName,
        @JsonProperty("CloudWatchLoggingOptions") CloudWatchLoggingOptions cloudWatchLoggingOptions,
        @JsonProperty("ProcessingConfiguration") ProcessingConfiguration processingConfiguration,
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("RetryOptions") SnowflakeRetryOptions retryOptions,
        @JsonProperty("S3BackupMode") String s3BackupMode,
        @JsonProperty("S3Update") S3DestinationUpdate s3Update,
        @JsonProperty("SecretsManagerConfiguration") SecretsManagerConfiguration secretsManagerConfiguration,
        @JsonProperty("BufferingHints") SnowflakeBufferingHints bufferingHints) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, SnowflakeDestinationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "accountUrl" : path + ".accountUrl";
        v.pattern(p, value.accountUrl(), FirehoseShapes.SNOWFLAKE_ACCOUNT_URL_PATTERN);
        v.length(p, value.accountUrl(), 24, 2048);
        p = path.isEmpty() ? "privateKey" : path + ".privateKey";
        v.pattern(p, value.privateKey(), FirehoseShapes.SNOWFLAKE_PRIVATE_KEY_PATTERN);
        v.length(p, value.privateKey(), 256, 4096);
        p = path.isEmpty() ? "keyPassphrase" : path + ".keyPassphrase";
        v.length(p, value.keyPassphrase(), 7, 255);
        p = path.isEmpty() ? "user" : path + ".user";
        v.length(p, value.user(), 1, 255);
        p = path.isEmpty() ? "database" : path + ".database";
        v.length(p, value.database(), 1, 255);
        p = path.isEmpty() ? "schema" : path + ".schema";
        v.length(p, value.schema(), 1, 255);
        p = path.isEmpty() ? "table" : path + ".table";
        v.length(p, value.table(), 1, 255);
        p = path.isEmpty() ? "snowflakeRoleConfiguration" : path + ".snowflakeRoleConfiguration";
        SnowflakeRoleConfiguration.check(v, p, value.snowflakeRoleConfiguration());
        p = path.isEmpty() ? "dataLoadingOption" : path + ".dataLoadingOption";
        v.oneOf(p, value.dataLoadingOption(), FirehoseShapes.SNOWFLAKE_DATA_LOADING_OPTION);
        p = path.isEmpty() ? "metaDataColumnName" : path + ".metaDataColumnName";
        v.length(p, value.metaDataColumnName(), 1, 255);
        p = path.isEmpty() ? "contentColumnName" : path + ".contentColumnName";
        v.length(p, value.contentColumnName(), 1, 255);
        p = path.isEmpty() ? "cloudWatchLoggingOptions" : path + ".cloudWatchLoggingOptions";
        CloudWatchLoggingOptions.check(v, p, value.cloudWatchLoggingOptions());
        p = path.isEmpty() ? "processingConfiguration" : path + ".processingConfiguration";
        ProcessingConfiguration.check(v, p, value.processingConfiguration());
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
        p = path.isEmpty() ? "retryOptions" : path + ".retryOptions";
        SnowflakeRetryOptions.check(v, p, value.retryOptions());
        p = path.isEmpty() ? "s3BackupMode" : path + ".s3BackupMode";
        v.oneOf(p, value.s3BackupMode(), FirehoseShapes.SNOWFLAKE_S3_BACKUP_MODE);
        p = path.isEmpty() ? "s3Update" : path + ".s3Update";
        S3DestinationUpdate.check(v, p, value.s3Update());
        p = path.isEmpty() ? "secretsManagerConfiguration" : path + ".secretsManagerConfiguration";
        SecretsManagerConfiguration.check(v, p, value.secretsManagerConfiguration());
        p = path.isEmpty() ? "bufferingHints" : path + ".bufferingHints";
        SnowflakeBufferingHints.check(v, p, value.bufferingHints());
    }
}
