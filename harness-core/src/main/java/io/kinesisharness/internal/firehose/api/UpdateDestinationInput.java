// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code UpdateDestinationInput} shape. */
public record UpdateDestinationInput(
        @JsonProperty("DeliveryStreamName") String deliveryStreamName,
        @JsonProperty("CurrentDeliveryStreamVersionId") String currentDeliveryStreamVersionId,
        @JsonProperty("DestinationId") String destinationId,
        @JsonProperty("S3DestinationUpdate") S3DestinationUpdate s3DestinationUpdate,
        @JsonProperty("ExtendedS3DestinationUpdate") ExtendedS3DestinationUpdate extendedS3DestinationUpdate,
        @JsonProperty("RedshiftDestinationUpdate") RedshiftDestinationUpdate redshiftDestinationUpdate,
        @JsonProperty("ElasticsearchDestinationUpdate") ElasticsearchDestinationUpdate elasticsearchDestinationUpdate,
        @JsonProperty("AmazonopensearchserviceDestinationUpdate") AmazonopensearchserviceDestinationUpdate amazonopensearchserviceDestinationUpdate,
        @JsonProperty("SplunkDestinationUpdate") SplunkDestinationUpdate splunkDestinationUpdate,
        @JsonProperty("HttpEndpointDestinationUpdate") HttpEndpointDestinationUpdate httpEndpointDestinationUpdate,
        @JsonProperty("AmazonOpenSearchServerlessDestinationUpdate") AmazonOpenSearchServerlessDestinationUpdate amazonOpenSearchServerlessDestinationUpdate,
        @JsonProperty("SnowflakeDestinationUpdate") SnowflakeDestinationUpdate snowflakeDestinationUpdate,
        @JsonProperty("IcebergDestinationUpdate") IcebergDestinationUpdate icebergDestinationUpdate) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, UpdateDestinationInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "deliveryStreamName" : path + ".deliveryStreamName";
        v.notNull(p, value.deliveryStreamName());
        v.pattern(p, value.deliveryStreamName(), FirehoseShapes.DELIVERY_STREAM_NAME_PATTERN);
        v.length(p, value.deliveryStreamName(), 1, 64);
        p = path.isEmpty() ? "currentDeliveryStreamVersionId" : path + ".currentDeliveryStreamVersionId";
        v.notNull(p, value.currentDeliveryStreamVersionId());
        v.pattern(p, value.currentDeliveryStreamVersionId(), FirehoseShapes.DELIVERY_STREAM_VERSION_ID_PATTERN);
        v.length(p, value.currentDeliveryStreamVersionId(), 1, 50);
        p = path.isEmpty() ? "destinationId" : path + ".destinationId";
        v.notNull(p, value.destinationId());
        v.pattern(p, value.destinationId(), FirehoseShapes.DESTINATION_ID_PATTERN);
        v.length(p, value.destinationId(), 1, 100);
        p = path.isEmpty() ? "s3DestinationUpdate" : path + ".s3DestinationUpdate";
        S3DestinationUpdate.check(v, p, value.s3DestinationUpdate());
        p = path.isEmpty() ? "extendedS3DestinationUpdate" : path + ".extendedS3DestinationUpdate";
        ExtendedS3DestinationUpdate.check(v, p, value.extendedS3DestinationUpdate());
        p = path.isEmpty() ? "redshiftDestinationUpdate" : path + ".redshiftDestinationUpdate";
        RedshiftDestinationUpdate.check(v, p, value.redshiftDestinationUpdate());
        p = path.isEmpty() ? "elasticsearchDestinationUpdate" : path + ".elasticsearchDestinationUpdate";
        ElasticsearchDestinationUpdate.check(v, p, value.elasticsearchDestinationUpdate());
        p = path.isEmpty() ? "amazonopensearchserviceDestinationUpdate" : path + ".amazonopensearchserviceDestinationUpdate";
        AmazonopensearchserviceDestinationUpdate.check(v, p, value.amazonopensearchserviceDestinationUpdate());
        p = path.isEmpty() ? "splunkDestinationUpdate" : path + ".splunkDestinationUpdate";
        SplunkDestinationUpdate.check(v, p, value.splunkDestinationUpdate());
        p = path.isEmpty() ? "httpEndpointDestinationUpdate" : path + ".httpEndpointDestinationUpdate";
        HttpEndpointDestinationUpdate.check(v, p, value.httpEndpointDestinationUpdate());
        p = path.isEmpty() ? "amazonOpenSearchServerlessDestinationUpdate" : path + ".amazonOpenSearchServerlessDestinationUpdate";
        AmazonOpenSearchServerlessDestinationUpdate.check(v, p, value.amazonOpenSearchServerlessDestinationUpdate());
        p = path.isEmpty() ? "snowflakeDestinationUpdate" : path + ".snowflakeDestinationUpdate";
        SnowflakeDestinationUpdate.check(v, p, value.snowflakeDestinationUpdate());
        p = path.isEmpty() ? "icebergDestinationUpdate" : path + ".icebergDestinationUpdate";
        IcebergDestinationUpdate.check(v, p, value.icebergDestinationUpdate());
    }
}
