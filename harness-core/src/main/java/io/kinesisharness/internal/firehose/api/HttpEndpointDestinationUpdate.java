// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code HttpEndpointDestinationUpdate} shape. */
public record HttpEndpointDestinationUpdate(
        @JsonProperty("EndpointConfiguration") HttpEndpointConfiguration endpointConfiguration,
        @JsonProperty("BufferingHints") HttpEndpointBufferingHints bufferingHints,
        @JsonProperty("CloudWatchLoggingOptions") CloudWatchLoggingOptions cloudWatchLoggingOptions,
        @JsonProperty("RequestConfiguration") HttpEndpointRequestConfiguration requestConfiguration,
        @JsonProperty("ProcessingConfiguration") ProcessingConfiguration processingConfiguration,
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("RetryOptions") HttpEndpointRetryOptions retryOptions,
        @JsonProperty("S3BackupMode") String s3BackupMode,
        @JsonProperty("S3Update") S3DestinationUpdate s3Update,
        @JsonProperty("SecretsManagerConfiguration") SecretsManagerConfiguration secretsManagerConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, HttpEndpointDestinationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "endpointConfiguration" : path + ".endpointConfiguration";
        HttpEndpointConfiguration.check(v, p, value.endpointConfiguration());
        p = path.isEmpty() ? "bufferingHints" : path + ".bufferingHints";
        HttpEndpointBufferingHints.check(v, p, value.bufferingHints());
        p = path.isEmpty() ? "cloudWatchLoggingOptions" : path + ".cloudWatchLoggingOptions";
        CloudWatchLoggingOptions.check(v, p, value.cloudWatchLoggingOptions());
        p = path.isEmpty() ? "requestConfiguration" : path + ".requestConfiguration";
        HttpEndpointRequestConfiguration.check(v, p, value.requestConfiguration());
        p = path.isEmpty() ? "processingConfiguration" : path + ".processingConfiguration";
        ProcessingConfiguration.check(v, p, value.processingConfiguration());
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
        p = path.isEmpty() ? "retryOptions" : path + ".retryOptions";
        HttpEndpointRetryOptions.check(v, p, value.retryOptions());
        p = path.isEmpty() ? "s3BackupMode" : path + ".s3BackupMode";
        v.oneOf(p, value.s3BackupMode(), FirehoseShapes.HTTP_ENDPOINT_S3_BACKUP_MODE);
        p = path.isEmpty() ? "s3Update" : path + ".s3Update";
        S3DestinationUpdate.check(v, p, value.s3Update());
        p = path.isEmpty() ? "secretsManagerConfiguration" : path + ".secretsManagerConfiguration";
        SecretsManagerConfiguration.check(v, p, value.secretsManagerConfiguration());
    }
}
