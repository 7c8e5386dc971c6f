// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code SplunkDestinationUpdate} shape. */
public record SplunkDestinationUpdate(
        @JsonProperty("HECEndpoint") String hECEndpoint,
        @JsonProperty("HECEndpointType") String hECEndpointType,
        @JsonProperty("HECToken") String hECToken,
        @JsonProperty("HECAcknowledgmentTimeoutInSeconds") Integer hECAcknowledgmentTimeoutInSeconds,
        @JsonProperty("RetryOptions") SplunkRetryOptions retryOptions,
        @JsonProperty("S3BackupMode") String s3BackupMode,
        @JsonProperty("S3Update") S3DestinationUpdate s3Update,
        @JsonProperty("ProcessingConfiguration") ProcessingConfiguration processingConfiguration,
        @JsonProperty("CloudWatchLoggingOptions") CloudWatchLoggingOptions cloudWatchLoggingOptions,
        @JsonProperty("BufferingHints") SplunkBufferingHints bufferingHints,
        @JsonProperty("SecretsManagerConfiguration") SecretsManagerConfiguration secretsManagerConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, SplunkDestinationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "hECEndpoint" : path + ".hECEndpoint";
        v.pattern(p, value.hECEndpoint(), FirehoseShapes.HECENDPOINT_PATTERN);
        v.length(p, value.hECEndpoint(), 0, 2048);
        p = path.isEmpty() ? "hECEndpointType" : path + ".hECEndpointType";
        v.oneOf(p, value.hECEndpointType(), FirehoseShapes.HECENDPOINT_TYPE);
        p = path.isEmpty() ? "hECToken" : path + ".hECToken";
        v.pattern(p, value.hECToken(), FirehoseShapes.HECTOKEN_PATTERN);
        v.length(p, value.hECToken(), 0, 2048);
        p = path.isEmpty() ? "hECAcknowledgmentTimeoutInSeconds" : path + ".hECAcknowledgmentTimeoutInSeconds";
        v.range(p, value.hECAcknowledgmentTimeoutInSeconds(), 180L, 600L);
        p = path.isEmpty() ? "retryOptions" : path + ".retryOptions";
        SplunkRetryOptions.check(v, p, value.retryOptions());
        p = path.isEmpty() ? "s3BackupMode" : path + ".s3BackupMode";
        v.oneOf(p, value.s3BackupMode(), FirehoseShapes.SPLUNK_S3_BACKUP_MODE);
        p = path.isEmpty() ? "s3Update" : path + ".s3Update";
        S3DestinationUpdate.check(v, p, value.s3Update());
        p = path.isEmpty() ? "processingConfiguration" : path + ".processingConfiguration";
        ProcessingConfiguration.check(v, p, value.processingConfiguration());
        p = path.isEmpty() ? "cloudWatchLoggingOptions" : path + ".cloudWatchLoggingOptions";
        CloudWatchLoggingOptions.check(v, p, value.cloudWatchLoggingOptions());
        p = path.isEmpty() ? "bufferingHints" : path + ".bufferingHints";
        SplunkBufferingHints.check(v, p, value.bufferingHints());
        p = path.isEmpty() ? "secretsManagerConfiguration" : path + ".secretsManagerConfiguration";
        SecretsManagerConfiguration.check(v, p, value.secretsManagerConfiguration());
    }
}
