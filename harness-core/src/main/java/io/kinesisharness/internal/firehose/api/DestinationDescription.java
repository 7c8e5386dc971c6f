// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DestinationDescription} shape. */
public record DestinationDescription(
        @JsonProperty("DestinationId") String destinationId,
        @JsonProperty("S3DestinationDescription") S3DestinationDescription s3DestinationDescription,
        @JsonProperty("ExtendedS3DestinationDescription") ExtendedS3DestinationDescription extendedS3DestinationDescription,
        @JsonProperty("RedshiftDestinationDescription") RedshiftDestinationDescription redshiftDestinationDescription,
        @JsonProperty("ElasticsearchDestinationDescription") ElasticsearchDestinationDescription elasticsearchDestinationDescription,
        @JsonProperty("AmazonopensearchserviceDestinationDescription") AmazonopensearchserviceDestinationDescription amazonopensearchserviceDestinationDescription,
        @JsonProperty("SplunkDestinationDescription") SplunkDestinationDescription splunkDestinationDescription,
        @JsonProperty("HttpEndpointDestinationDescription") HttpEndpointDestinationDescription httpEndpointDestinationDescription,
        @JsonProperty("SnowflakeDestinationDescription") SnowflakeDestinationDescription snowflakeDestinationDescription,
        @JsonProperty("AmazonOpenSearchServerlessDestinationDescription") AmazonOpenSearchServerlessDestinationDescription amazonOpenSearchServerlessDestinationDescription,
        @JsonProperty("IcebergDestinationDescription") IcebergDestinationDescription icebergDestinationDescription) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DestinationDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "destinationId" : path + ".destinationId";
        v.notNull(p, value.destinationId());
        v.pattern(p, value.destinationId(), FirehoseShapes.DESTINATION_ID_PATTERN);
        v.length(p, value.destinationId(), 1, 100);
        p = path.isEmpty() ? "s3DestinationDescription" : path + ".s3DestinationDescription";
        S3DestinationDescription.check(v, p, value.s3DestinationDescription());
        p = path.isEmpty() ? "extendedS3DestinationDescription" : path + ".extendedS3DestinationDescription";
        ExtendedS3DestinationDescription.check(v, p, value.extendedS3DestinationDescription());
        p = path.isEmpty() ? "redshiftDestinationDescription" : path + ".redshiftDestinationDescription";
        RedshiftDestinationDescription.check(v, p, value.redshiftDestinationDescription());
        p = path.isEmpty() ? "elasticsearchDestinationDescription" : path + ".elasticsearchDestinationDescription";
        ElasticsearchDestinationDescription.check(v, p, value.elasticsearchDestinationDescription());
        p = path.isEmpty() ? "amazonopensearchserviceDestinationDescription" : path + ".amazonopensearchserviceDestinationDescription";
        AmazonopensearchserviceDestinationDescription.check(v, p, value.amazonopensearchserviceDestinationDescription());
        p = path.isEmpty() ? "splunkDestinationDescription" : path + ".splunkDestinationDescription";
        SplunkDestinationDescription.check(v, p, value.splunkDestinationDescription());
        p = path.isEmpty() ? "httpEndpointDestinationDescription" : path + ".httpEndpointDestinationDescription";
        HttpEndpointDestinationDescription.check(v, p, value.httpEndpointDestinationDescription());
        p = path.isEmpty() ? "snowflakeDestinationDescription" : path + ".snowflakeDestinationDescription";
        SnowflakeDestinationDescription.check(v, p, value.snowflakeDestinationDescription());
        p = path.isEmpty() ? "amazonOpenSearchServerlessDestinationDescription" : path + ".amazonOpenSearchServerlessDestinationDescription";
        AmazonOpenSearchServerlessDestinationDescription.check(v, p, value.amazonOpenSearchServerlessDestinationDescription());
        p = path.isEmpty() ? "icebergDestinationDescription" : path + ".icebergDestinationDescription";
        IcebergDestinationDescription.check(v, p, value.icebergDestinationDescription());
    }
}
