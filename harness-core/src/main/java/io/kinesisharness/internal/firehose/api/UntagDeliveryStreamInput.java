// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code UntagDeliveryStreamInput} shape. */
public record UntagDeliveryStreamInput(
        @JsonProperty("DeliveryStreamName") String deliveryStreamName,
        @JsonProperty("TagKeys") List<String> tagKeys) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, UntagDeliveryStreamInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "deliveryStreamName" : path + ".deliveryStreamName";
        v.notNull(p, value.deliveryStreamName());
        v.pattern(p, value.deliveryStreamName(), FirehoseShapes.DELIVERY_STREAM_NAME_PATTERN);
        v.length(p, value.deliveryStreamName(), 1, 64);
        p = path.isEmpty() ? "tagKeys" : path + ".tagKeys";
        v.notNull(p, value.tagKeys());
        v.size(p, value.tagKeys(), 1, 50);
        v.elementLengths(p, value.tagKeys(), 1, 128);
    }
}
