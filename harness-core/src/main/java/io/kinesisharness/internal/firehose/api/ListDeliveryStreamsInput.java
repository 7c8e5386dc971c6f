// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ListDeliveryStreamsInput} shape. */
public record ListDeliveryStreamsInput(
        @JsonProperty("Limit") Integer limit,
        @JsonProperty("DeliveryStreamType") String deliveryStreamType,
        @JsonProperty("ExclusiveStartDeliveryStreamName") String exclusiveStartDeliveryStreamName) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ListDeliveryStreamsInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "limit" : path + ".limit";
        v.range(p, value.limit(), 1L, 10000L);
        p = path.isEmpty() ? "deliveryStreamType" : path + ".deliveryStreamType";
        v.oneOf(p, value.deliveryStreamType(), FirehoseShapes.DELIVERY_STREAM_TYPE);
        p = path.isEmpty() ? "exclusiveStartDeliveryStreamName" : path + ".exclusiveStartDeliveryStreamName";
        v.pattern(p, value.exclusiveStartDeliveryStreamName(), FirehoseShapes.DELIVERY_STREAM_NAME_PATTERN);
        v.length(p, value.exclusiveStartDeliveryStreamName(), 1, 64);
    }
}
