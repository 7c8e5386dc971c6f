// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code TagDeliveryStreamInput} shape. */
public record TagDeliveryStreamInput(
        @JsonProperty("DeliveryStreamName") String deliveryStreamName,
        @JsonProperty("Tags") List<Tag> tags) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, TagDeliveryStreamInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "deliveryStreamName" : path + ".deliveryStreamName";
        v.notNull(p, value.deliveryStreamName());
        v.pattern(p, value.deliveryStreamName(), FirehoseShapes.DELIVERY_STREAM_NAME_PATTERN);
        v.length(p, value.deliveryStreamName(), 1, 64);
        p = path.isEmpty() ? "tags" : path + ".tags";
        v.notNull(p, value.tags());
        v.size(p, value.tags(), 1, 50);
        if (value.tags() != null) {
            for (int i = 0; i < value.tags().size(); i++) {
                Tag.check(v, p + "." + (i + 1) + ".member", value.tags().get(i));
            }
        }
    }
}
