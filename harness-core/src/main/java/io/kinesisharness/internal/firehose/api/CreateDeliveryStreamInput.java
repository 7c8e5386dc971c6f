// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code CreateDeliveryStreamInput} shape. */
public record CreateDeliveryStreamInput(
        @JsonProperty("DeliveryStreamName") String deliveryStreamName,
        @JsonProperty("DeliveryStreamType") String deliveryStreamType,
        @JsonProperty("DirectPutSourceConfiguration") DirectPutSourceConfiguration directPutSourceConfiguration,
        @JsonProperty("KinesisStreamSourceConfiguration") KinesisStreamSourceConfiguration kinesisStreamSourceConfiguration,
        @JsonProperty("DeliveryStreamEncryptionConfigurationInput") DeliveryStreamEncryptionConfigurationInput deliveryStreamEncryptionConfigurationInput,
        @JsonProperty("S3DestinationConfiguration") S3DestinationConfiguration s3DestinationConfiguration,
        @JsonProperty("ExtendedS3DestinationConfiguration") ExtendedS3DestinationConfiguration extendedS3DestinationConfiguration,
        @JsonProperty("RedshiftDestinationConfiguration") RedshiftDestinationConfiguration redshiftDestinationConfiguration,
        @JsonProperty("ElasticsearchDestinationConfiguration") ElasticsearchDestinationConfiguration elasticsearchDestinationConfiguration,
        @JsonProperty("AmazonopensearchserviceDestinationConfiguration") AmazonopensearchserviceDestinationConfiguration amazonopensearchserviceDestinationConfiguration,
        @JsonProperty("SplunkDestinationConfiguration") SplunkDestinationConfiguration splunkDestinationConfiguration,
        @JsonProperty("HttpEndpointDestinationConfiguration") HttpEndpointDestinationConfiguration httpEndpointDestinationConfiguration,
        @JsonProperty("Tags") List<Tag> tags,
        @JsonProperty("AmazonOpenSearchServerlessDestinationConfiguration") AmazonOpenSearchServerlessDestinationConfiguration amazonOpenSearchServerlessDestinationConfiguration,
        @JsonProperty("MSKSourceConfiguration") MSKSourceConfiguration mSKSourceConfiguration,
        @JsonProperty("SnowflakeDestinationConfiguration") SnowflakeDestinationConfiguration snowflakeDestinationConfiguration,
        @JsonProperty("IcebergDestinationConfiguration") IcebergDestinationConfiguration icebergDestinationConfiguration,
        @JsonProperty("DatabaseSourceConfiguration") DatabaseSourceConfiguration databaseSourceConfiguration) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CreateDeliveryStreamInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "deliveryStreamName" : path + ".deliveryStreamName";
        v.notNull(p, value.deliveryStreamName());
        v.pattern(p, value.deliveryStreamName(), FirehoseShapes.DELIVERY_STREAM_NAME_PATTERN);
        v.length(p, value.deliveryStreamName(), 1, 64);
        p = path.isEmpty() ? "deliveryStreamType" : path + ".deliveryStreamType";
        v.oneOf(p, value.deliveryStreamType(), FirehoseShapes.DELIVERY_STREAM_TYPE);
        p = path.isEmpty() ? "directPutSourceConfiguration" : path + ".directPutSourceConfiguration";
        DirectPutSourceConfiguration.check(v, p, value.directPutSourceConfiguration());
        p = path.isEmpty() ? "kinesisStreamSourceConfiguration" : path + ".kinesisStreamSourceConfiguration";
        KinesisStreamSourceConfiguration.check(v, p, value.kinesisStreamSourceConfiguration());
        p = path.isEmpty() ? "deliveryStreamEncryptionConfigurationInput" : path + ".deliveryStreamEncryptionConfigurationInput";
        DeliveryStreamEncryptionConfigurationInput.check(v, p, value.deliveryStreamEncryptionConfigurationInput());
        p = path.isEmpty() ? "s3DestinationConfiguration" : path + ".s3DestinationConfiguration";
        S3DestinationConfiguration.check(v, p, value.s3DestinationConfiguration());
        p = path.isEmpty() ? "extendedS3DestinationConfiguration" : path + ".extendedS3DestinationConfiguration";
        ExtendedS3DestinationConfiguration.check(v, p, value.extendedS3DestinationConfiguration());
        p = path.isEmpty() ? "redshiftDestinationConfiguration" : path + ".redshiftDestinationConfiguration";
        RedshiftDestinationConfiguration.check(v, p, value.redshiftDestinationConfiguration());
        p = path.isEmpty() ? "elasticsearchDestinationConfiguration" : path + ".elasticsearchDestinationConfiguration";
        ElasticsearchDestinationConfiguration.check(v, p, value.elasticsearchDestinationConfiguration());
        p = path.isEmpty() ? "amazonopensearchserviceDestinationConfiguration" : path + ".amazonopensearchserviceDestinationConfiguration";
        AmazonopensearchserviceDestinationConfiguration.check(v, p, value.amazonopensearchserviceDestinationConfiguration());
        p = path.isEmpty() ? "splunkDestinationConfiguration" : path + ".splunkDestinationConfiguration";
        SplunkDestinationConfiguration.check(v, p, value.splunkDestinationConfiguration());
        p = path.isEmpty() ? "httpEndpointDestinationConfiguration" : path + ".httpEndpointDestinationConfiguration";
        HttpEndpointDestinationConfiguration.check(v, p, value.httpEndpointDestinationConfiguration());
        p = path.isEmpty() ? "tags" : path + ".tags";
        v.size(p, value.tags(), 1, 50);
        if (value.tags() != null) {
            for (int i = 0; i < value.tags().size(); i++) {
                Tag.check(v, p + "." + (i + 1) + ".member", value.tags().get(i));
            }
        }
        p = path.isEmpty() ? "amazonOpenSearchServerlessDestinationConfiguration" : path + ".amazonOpenSearchServerlessDestinationConfiguration";
        AmazonOpenSearchServerlessDestinationConfiguration.check(v, p, value.amazonOpenSearchServerlessDestinationConfiguration());
        p = path.isEmpty() ? "mSKSourceConfiguration" : path + ".mSKSourceConfiguration";
        MSKSourceConfiguration.check(v, p, value.mSKSourceConfiguration());
        p = path.isEmpty() ? "snowflakeDestinationConfiguration" : path + ".snowflakeDestinationConfiguration";
        SnowflakeDestinationConfiguration.check(v, p, value.snowflakeDestinationConfiguration());
        p = path.isEmpty() ? "icebergDestinationConfiguration" : path + ".icebergDestinationConfiguration";
        IcebergDestinationConfiguration.check(v, p, value.icebergDestinationConfiguration());
        p = path.isEmpty() ? "databaseSourceConfiguration" : path + ".databaseSourceConfiguration";
        DatabaseSourceConfiguration.check(v, p, value.databaseSourceConfiguration());
    }
}
