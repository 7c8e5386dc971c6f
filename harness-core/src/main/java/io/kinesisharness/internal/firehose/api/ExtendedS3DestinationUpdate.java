// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ExtendedS3DestinationUpdate} shape. */
public record ExtendedS3DestinationUpdate(
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("BucketARN") String bucketARN,
        @JsonProperty("Prefix") String prefix,
        @JsonProperty("ErrorOutputPrefix") String errorOutputPrefix,
        @JsonProperty("BufferingHints") BufferingHints bufferingHints,
        @JsonProperty("CompressionFormat") String compressionFormat,
        @JsonProperty("EncryptionConfiguration") EncryptionConfiguration encryptionConfiguration,
        @JsonProperty("CloudWatchLoggingOptions") CloudWatchLoggingOptions cloudWatchLoggingOptions,
        @JsonProperty("ProcessingConfiguration") ProcessingConfiguration processingConfiguration,
        @JsonProperty("S3BackupMode") String s3BackupMode,
        @JsonProperty("S3BackupUpdate") S3DestinationUpdate s3BackupUpdate,
        @JsonProperty("DataFormatConversionConfiguration") DataFormatConversionConfiguration dataFormatConversionConfiguration,
        @JsonProperty("DynamicPartitioningConfiguration") DynamicPartitioningConfiguration dynamicPartitioningConfiguration,
        @JsonProperty("FileExtension") String fileExtension,
        @JsonProperty("CustomTimeZone") String customTimeZone) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ExtendedS3DestinationUpdate value) {
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
        p = path.isEmpty() ? "processingConfiguration" : path + ".processingConfiguration";
        ProcessingConfiguration.check(v, p, value.processingConfiguration());
        p = path.isEmpty() ? "s3BackupMode" : path + ".s3BackupMode";
        v.oneOf(p, value.s3BackupMode(), FirehoseShapes.S3_BACKUP_MODE);
        p = path.isEmpty() ? "s3BackupUpdate" : path + ".s3BackupUpdate";
        S3DestinationUpdate.check(v, p, value.s3BackupUpdate());
        p = path.isEmpty() ? "dataFormatConversionConfiguration" : path + ".dataFormatConversionConfiguration";
        DataFormatConversionConfiguration.check(v, p, value.dataFormatConversionConfiguration());
        p = path.isEmpty() ? "dynamicPartitioningConfiguration" : path + ".dynamicPartitioningConfiguration";
        DynamicPartitioningConfiguration.check(v, p, value.dynamicPartitioningConfiguration());
        p = path.isEmpty() ? "fileExtension" : path + ".fileExtension";
        v.pattern(p, value.fileExtension(), FirehoseShapes.FILE_EXTENSION_PATTERN);
        v.length(p, value.fileExtension(), 0, 128);
        p = path.isEmpty() ? "customTimeZone" : path + ".customTimeZone";
        v.pattern(p, value.customTimeZone(), FirehoseShapes.CUSTOM_TIME_ZONE_PATTERN);
        v.length(p, value.customTimeZone(), 0, 50);
    }
}
