// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code AmazonOpenSearchServerlessDestinationUpdate} shape. */
public record AmazonOpenSearchServerlessDestinationUpdate(
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("CollectionEndpoint") String collectionEndpoint,
        @JsonProperty("IndexName") String indexName,
        @JsonProperty("BufferingHints") AmazonOpenSearchServerlessBufferingHints bufferingHints,
        @JsonProperty("RetryOptions") AmazonOpenSearchServerlessRetryOptions retryOptions,
        @JsonProperty("S3Update") S3DestinationUpdate s3Update,
        @JsonProperty("ProcessingConfiguration") ProcessingConfiguration processingConfiguration,
        @JsonProperty("CloudWatchLoggingOptions") CloudWatchLoggingOptions cloudWatchLoggingOptions) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, AmazonOpenSearchServerlessDestinationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
        p = path.isEmpty() ? "collectionEndpoint" : path + ".collectionEndpoint";
        v.pattern(p, value.collectionEndpoint(), FirehoseShapes.AMAZON_OPEN_SEARCH_SERVERLESS_COLLECTION_ENDPOINT_PATTERN);
        v.length(p, value.collectionEndpoint(), 1, 512);
        p = path.isEmpty() ? "indexName" : path + ".indexName";
        v.pattern(p, value.indexName(), FirehoseShapes.AMAZON_OPEN_SEARCH_SERVERLESS_INDEX_NAME_PATTERN);
        v.length(p, value.indexName(), 1, 80);
        p = path.isEmpty() ? "bufferingHints" : path + ".bufferingHints";
        AmazonOpenSearchServerlessBufferingHints.check(v, p, value.bufferingHints());
        p = path.isEmpty() ? "retryOptions" : path + ".retryOptions";
        AmazonOpenSearchServerlessRetryOptions.check(v, p, value.retryOptions());
        p = path.isEmpty() ? "s3Update" : path + ".s3Update";
        S3DestinationUpdate.check(v, p, value.s3Update());
        p = path.isEmpty() ? "processingConfiguration" : path + ".processingConfiguration";
        ProcessingConfiguration.check(v, p, value.processingConfiguration());
        p = path.isEmpty() ? "cloudWatchLoggingOptions" : path + ".cloudWatchLoggingOptions";
        CloudWatchLoggingOptions.check(v, p, value.cloudWatchLoggingOptions());
    }
}
