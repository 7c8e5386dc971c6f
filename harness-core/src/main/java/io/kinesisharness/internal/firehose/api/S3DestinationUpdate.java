// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code S3DestinationUpdate} shape. */
public record S3DestinationUpdate(
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("BucketARN") String bucketARN,
        @JsonProperty("Prefix") String prefix,
        @JsonProperty("ErrorOutputPrefix") String errorOutputPrefix,
        @JsonProperty("BufferingHints") BufferingHints bufferingHints,
        @JsonProperty("CompressionFormat") String compressionFormat,
        @JsonProperty("EncryptionConfiguration") EncryptionConfiguration encryptionConfiguration,
        @JsonProperty("CloudWatchLoggingOptions") CloudWatchLoggingOptions cloudWatchLoggingOptions) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, S3DestinationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
        p = path.isEmpty() ? "bucketARN" : path + ".bucketARN";
        v.pattern(p, value.bucketARN(), FirehoseShapes.BUCKET_ARN_PATTERN);
        v.length(p, value.bucketARN(), 1, 2048);
        p = path.isEmpty() ? "prefix" : path + ".prefix";
        v.pattern(p, value.prefix(), FirehoseShapes.PREFIX_PATTERN);
        v.length(p, value.prefix(), 0, 1024);
        p = path.isEmpty() ? "errorOutputPrefix" : path + ".errorOutputPrefix";
        v.pattern(p, value.errorOutputPrefix(), FirehoseShapes.ERROR_OUTPUT_PREFIX_PATTERN);
        v.length(p, value.errorOutputPrefix(), 0, 1024);
        p = path.isEmpty() ? "bufferingHints" : path + ".bufferingHints";
        BufferingHints.check(v, p, value.bufferingHints());
        p = path.isEmpty() ? "compressionFormat" : path + ".compressionFormat";
        v.oneOf(p, value.compressionFormat(), FirehoseShapes.COMPRESSION_FORMAT);
        p = path.isEmpty() ? "encryptionConfiguration" : path + ".encryptionConfiguration";
        EncryptionConfiguration.check(v, p, value.encryptionConfiguration());
        p = path.isEmpty() ? "cloudWatchLoggingOptions" : path + ".cloudWatchLoggingOptions";
        CloudWatchLoggingOptions.check(v, p, value.cloudWatchLoggingOptions());
    }
}
