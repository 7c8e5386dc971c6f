// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ElasticsearchDestinationDescription} shape. */
public record ElasticsearchDestinationDescription(
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("DomainARN") String domainARN,
        @JsonProperty("ClusterEndpoint") String clusterEndpoint,
        @JsonProperty("IndexName") String indexName,
        @JsonProperty("TypeName") String typeName,
        @JsonProperty("IndexRotationPeriod") String indexRotationPeriod,
        @JsonProperty("BufferingHints") ElasticsearchBufferingHints bufferingHints,
        @JsonProperty("RetryOptions") ElasticsearchRetryOptions retryOptions,
        @JsonProperty("S3BackupMode") String s3BackupMode,
        @JsonProperty("S3DestinationDescription") S3DestinationDescription s3DestinationDescription,
        @JsonProperty("ProcessingConfiguration") ProcessingConfiguration processingConfiguration,
        @JsonProperty("CloudWatchLoggingOptions") CloudWatchLoggingOptions cloudWatchLoggingOptions,
        @JsonProperty("VpcConfigurationDescription") VpcConfigurationDescription vpcConfigurationDescription,
        @JsonProperty("DocumentIdOptions") DocumentIdOptions documentIdOptions) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ElasticsearchDestinationDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
        p = path.isEmpty() ? "domainARN" : path + ".domainARN";
        v.pattern(p, value.domainARN(), FirehoseShapes.ELASTICSEARCH_DOMAIN_ARN_PATTERN);
        v.length(p, value.domainARN(), 1, 512);
        p = path.isEmpty() ? "clusterEndpoint" : path + ".clusterEndpoint";
        v.pattern(p, value.clusterEndpoint(), FirehoseShapes.ELASTICSEARCH_CLUSTER_ENDPOINT_PATTERN);
        v.length(p, value.clusterEndpoint(), 1, 512);
        p = path.isEmpty() ? "indexName" : path + ".indexName";
        v.pattern(p, value.indexName(), FirehoseShapes.ELASTICSEARCH_INDEX_NAME_PATTERN);
        v.length(p, value.indexName(), 1, 80);
        p = path.isEmpty() ? "typeName" : path + ".typeName";
        v.pattern(p, value.typeName(), FirehoseShapes.ELASTICSEARCH_TYPE_NAME_PATTERN);
        v.length(p, value.typeName(), 0, 100);
        p = path.isEmpty() ? "indexRotationPeriod" : path + ".indexRotationPeriod";
        v.oneOf(p, value.indexRotationPeriod(), FirehoseShapes.ELASTICSEARCH_INDEX_ROTATION_PERIOD);
        p = path.isEmpty() ? "bufferingHints" : path + ".bufferingHints";
        ElasticsearchBufferingHints.check(v, p, value.bufferingHints());
        p = path.isEmpty() ? "retryOptions" : path + ".retryOptions";
        ElasticsearchRetryOptions.check(v, p, value.retryOptions());
        p = path.isEmpty() ? "s3BackupMode" : path + ".s3BackupMode";
        v.oneOf(p, value.s3BackupMode(), FirehoseShapes.ELASTICSEARCH_S3_BACKUP_MODE);
        p = path.isEmpty() ? "s3DestinationDescription" : path + ".s3DestinationDescription";
        S3DestinationDescription.check(v, p, value.s3DestinationDescription());
        p = path.isEmpty() ? "processingConfiguration" : path + ".processingConfiguration";
        ProcessingConfiguration.check(v, p, value.processingConfiguration());
        p = path.isEmpty() ? "cloudWatchLoggingOptions" : path + ".cloudWatchLoggingOptions";
        CloudWatchLoggingOptions.check(v, p, value.cloudWatchLoggingOptions());
        p = path.isEmpty() ? "vpcConfigurationDescription" : path + ".vpcConfigurationDescription";
        VpcConfigurationDescription.check(v, p, value.vpcConfigurationDescription());
        p = path.isEmpty() ? "documentIdOptions" : path + ".documentIdOptions";
        DocumentIdOptions.check(v, p, value.documentIdOptions());
    }
}
