// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code AmazonopensearchserviceDestinationConfiguration} shape. */
public record AmazonopensearchserviceDestinationConfiguration(
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("DomainARN") String domainARN,
        @JsonProperty("ClusterEndpoint") String clusterEndpoint,
        @JsonProperty("IndexName") String indexName,
        @JsonProperty("TypeName") String typeName,
        @JsonProperty("IndexRotationPeriod") String indexRotationPeriod,
        @JsonProperty("BufferingHints") AmazonopensearchserviceBufferingHints bufferingHints,
        @JsonProperty("RetryOptions") AmazonopensearchserviceRetryOptions retryOptions,
        @JsonProperty("S3BackupMode") String s3BackupMode,
        @JsonProperty("S3Configuration") S3DestinationConfiguration s3Configuration,
        @JsonProperty("ProcessingConfiguration") ProcessingConfiguration processingConfiguration,
        @JsonProperty("CloudWatchLoggingOptions") CloudWatchLoggingOptions cloudWatchLoggingOptions,
        @JsonProperty("VpcConfiguration") VpcConfiguration vpcConfiguration,
        @JsonProperty("DocumentIdOptions") DocumentIdOptions documentIdOptions) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, AmazonopensearchserviceDestinationConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.notNull(p, value.roleARN());
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
        p = path.isEmpty() ? "domainARN" : path + ".domainARN";
        v.pattern(p, value.domainARN(), FirehoseShapes.AMAZONOPENSEARCHSERVICE_DOMAIN_ARN_PATTERN);
        v.length(p, value.domainARN(), 1, 512);
        p = path.isEmpty() ? "clusterEndpoint" : path + ".clusterEndpoint";
        v.pattern(p, value.clusterEndpoint(), FirehoseShapes.AMAZONOPENSEARCHSERVICE_CLUSTER_ENDPOINT_PATTERN);
        v.length(p, value.clusterEndpoint(), 1, 512);
        p = path.isEmpty() ? "indexName" : path + ".indexName";
        v.notNull(p, value.indexName());
        v.pattern(p, value.indexName(), FirehoseShapes.AMAZONOPENSEARCHSERVICE_INDEX_NAME_PATTERN);
        v.length(p, value.indexName(), 1, 80);
        p = path.isEmpty() ? "typeName" : path + ".typeName";
        v.pattern(p, value.typeName(), FirehoseShapes.AMAZONOPENSEARCHSERVICE_TYPE_NAME_PATTERN);
        v.length(p, value.typeName(), 0, 100);
        p = path.isEmpty() ? "indexRotationPeriod" : path + ".indexRotationPeriod";
        v.oneOf(p, value.indexRotationPeriod(), FirehoseShapes.AMAZONOPENSEARCHSERVICE_INDEX_ROTATION_PERIOD);
        p = path.isEmpty() ? "bufferingHints" : path + ".bufferingHints";
        AmazonopensearchserviceBufferingHints.check(v, p, value.bufferingHints());
        p = path.isEmpty() ? "retryOptions" : path + ".retryOptions";
        AmazonopensearchserviceRetryOptions.check(v, p, value.retryOptions());
        p = path.isEmpty() ? "s3BackupMode" : path + ".s3BackupMode";
        v.oneOf(p, value.s3BackupMode(), FirehoseShapes.AMAZONOPENSEARCHSERVICE_S3_BACKUP_MODE);
        p = path.isEmpty() ? "s3Configuration" : path + ".s3Configuration";
        v.notNull(p, value.s3Configuration());
        S3DestinationConfiguration.check(v, p, value.s3Configuration());
        p = path.isEmpty() ? "processingConfiguration" : path + ".processingConfiguration";
        ProcessingConfiguration.check(v, p, value.processingConfiguration());
        p = path.isEmpty() ? "cloudWatchLoggingOptions" : path + ".cloudWatchLoggingOptions";
        CloudWatchLoggingOptions.check(v, p, value.cloudWatchLoggingOptions());
        p = path.isEmpty() ? "vpcConfiguration" : path + ".vpcConfiguration";
        VpcConfiguration.check(v, p, value.vpcConfiguration());
        p = path.isEmpty() ? "documentIdOptions" : path + ".documentIdOptions";
        DocumentIdOptions.check(v, p, value.documentIdOptions());
    }
}
