// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ListTagsForDeliveryStreamInput} shape. */
public record ListTagsForDeliveryStreamInput(
        @JsonProperty("DeliveryStreamName") String deliveryStreamName,
        @JsonProperty("ExclusiveStartTagKey") String exclusiveStartTagKey,
        @JsonProperty("Limit") Integer limit) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ListTagsForDeliveryStreamInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "deliveryStreamName" : path + ".deliveryStreamName";
        v.notNull(p, value.deliveryStreamName());
        v.pattern(p, value.deliveryStreamName(), FirehoseShapes.DELIVERY_STREAM_NAME_PATTERN);
        v.length(p, value.deliveryStreamName(), 1, 64);
        p = path.isEmpty() ? "exclusiveStartTagKey" : path + ".exclusiveStartTagKey";
        v.pattern(p, value.exclusiveStartTagKey(), FirehoseShapes.TAG_KEY_PATTERN);
        v.length(p, value.exclusiveStartTagKey(), 1, 128);
        p = path.isEmpty() ? "limit" : path + ".limit";
        v.range(p, value.limit(), 1L, 50L);
    }
}
