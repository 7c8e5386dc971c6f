// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code AmazonOpenSearchServerlessDestinationConfiguration} shape. */
public record AmazonOpenSearchServerlessDestinationConfiguration(
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("CollectionEndpoint") String collectionEndpoint,
        @JsonProperty("IndexName") String indexName,
        @JsonProperty("BufferingHints") AmazonOpenSearchServerlessBufferingHints bufferingHints,
        @JsonProperty("RetryOptions") AmazonOpenSearchServerlessRetryOptions retryOptions,
        @JsonProperty("S3BackupMode") String s3BackupMode,
        @JsonProperty("S3Configuration") S3DestinationConfiguration s3Configuration,
        @JsonProperty("ProcessingConfiguration") ProcessingConfiguration processingConfiguration,
        @JsonProperty("CloudWatchLoggingOptions") CloudWatchLoggingOptions cloudWatchLoggingOptions,
        @JsonProperty("VpcConfiguration") VpcConfiguration vpcConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, AmazonOpenSearchServerlessDestinationConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.notNull(p, value.roleARN());
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
        p = path.isEmpty() ? "collectionEndpoint" : path + ".collectionEndpoint";
        v.pattern(p, value.collectionEndpoint(), FirehoseShapes.AMAZON_OPEN_SEARCH_SERVERLESS_COLLECTION_ENDPOINT_PATTERN);
        v.length(p, value.collectionEndpoint(), 1, 512);
        p = path.isEmpty() ? "indexName" : path + ".indexName";
        v.notNull(p, value.indexName());
        v.pattern(p, value.indexName(), FirehoseShapes.AMAZON_OPEN_SEARCH_SERVERLESS_INDEX_NAME_PATTERN);
        v.length(p, value.indexName(), 1, 80);
        p = path.isEmpty() ? "bufferingHints" : path + ".bufferingHints";
        AmazonOpenSearchServerlessBufferingHints.check(v, p, value.bufferingHints());
        p = path.isEmpty() ? "retryOptions" : path + ".retryOptions";
        AmazonOpenSearchServerlessRetryOptions.check(v, p, value.retryOptions());
        p = path.isEmpty() ? "s3BackupMode" : path + ".s3BackupMode";
        v.oneOf(p, value.s3BackupMode(), FirehoseShapes.AMAZON_OPEN_SEARCH_SERVERLESS_S3_BACKUP_MODE);
        p = path.isEmpty() ? "s3Configuration" : path + ".s3Configuration";
        v.notNull(p, value.s3Configuration());
        S3DestinationConfiguration.check(v, p, value.s3Configuration());
        p = path.isEmpty() ? "processingConfiguration" : path + ".processingConfiguration";
        ProcessingConfiguration.check(v, p, value.processingConfiguration());
        p = path.isEmpty() ? "cloudWatchLoggingOptions" : path + ".cloudWatchLoggingOptions";
        CloudWatchLoggingOptions.check(v, p, value.cloudWatchLoggingOptions());
        p = path.isEmpty() ? "vpcConfiguration" : path + ".vpcConfiguration";
        VpcConfiguration.check(v, p, value.vpcConfiguration());
    }
}
