// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;
import java.util.List;

/** AWS's {@code DeliveryStreamDescription} shape. */
public record DeliveryStreamDescription(
        @JsonProperty("DeliveryStreamName") String deliveryStreamName,
        @JsonProperty("DeliveryStreamARN") String deliveryStreamARN,
        @JsonProperty("DeliveryStreamStatus") String deliveryStreamStatus,
        @JsonProperty("FailureDescription") FailureDescription failureDescription,
        @JsonProperty("DeliveryStreamEncryptionConfiguration") DeliveryStreamEncryptionConfiguration deliveryStreamEncryptionConfiguration,
        @JsonProperty("DeliveryStreamType") String deliveryStreamType,
        @JsonProperty("VersionId") String versionId,
        @JsonProperty("CreateTimestamp") Instant createTimestamp,
        @JsonProperty("LastUpdateTimestamp") Instant lastUpdateTimestamp,
        @JsonProperty("Source") SourceDescription source,
        @JsonProperty("Destinations") List<DestinationDescription> destinations,
        @JsonProperty("HasMoreDestinations") Boolean hasMoreDestinations) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DeliveryStreamDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "deliveryStreamName" : path + ".deliveryStreamName";
        v.notNull(p, value.deliveryStreamName());
        v.pattern(p, value.deliveryStreamName(), FirehoseShapes.DELIVERY_STREAM_NAME_PATTERN);
        v.length(p, value.deliveryStreamName(), 1, 64);
        p = path.isEmpty() ? "deliveryStreamARN" : path + ".deliveryStreamARN";
        v.notNull(p, value.deliveryStreamARN());
        v.pattern(p, value.deliveryStreamARN(), FirehoseShapes.DELIVERY_STREAM_ARN_PATTERN);
        v.length(p, value.deliveryStreamARN(), 1, 512);
        p = path.isEmpty() ? "deliveryStreamStatus" : path + ".deliveryStreamStatus";
        v.notNull(p, value.deliveryStreamStatus());
        v.oneOf(p, value.deliveryStreamStatus(), FirehoseShapes.DELIVERY_STREAM_STATUS);
        p = path.isEmpty() ? "failureDescription" : path + ".failureDescription";
        FailureDescription.check(v, p, value.failureDescription());
        p = path.isEmpty() ? "deliveryStreamEncryptionConfiguration" : path + ".deliveryStreamEncryptionConfiguration";
        DeliveryStreamEncryptionConfiguration.check(v, p, value.deliveryStreamEncryptionConfiguration());
        p = path.isEmpty() ? "deliveryStreamType" : path + ".deliveryStreamType";
        v.notNull(p, value.deliveryStreamType());
        v.oneOf(p, value.deliveryStreamType(), FirehoseShapes.DELIVERY_STREAM_TYPE);
        p = path.isEmpty() ? "versionId" : path + ".versionId";
        v.notNull(p, value.versionId());
        v.pattern(p, value.versionId(), FirehoseShapes.DELIVERY_STREAM_VERSION_ID_PATTERN);
        v.length(p, value.versionId(), 1, 50);
        p = path.isEmpty() ? "source" : path + ".source";
        SourceDescription.check(v, p, value.source());
        p = path.isEmpty() ? "destinations" : path + ".destinations";
        v.notNull(p, value.destinations());
        if (value.destinations() != null) {
            for (int i = 0; i < value.destinations().size(); i++) {
                DestinationDescription.check(v, p + "." + (i + 1) + ".member", value.destinations().get(i));
            }
        }
        p = path.isEmpty() ? "hasMoreDestinations" : path + ".hasMoreDestinations";
        v.notNull(p, value.hasMoreDestinations());
    }
}
