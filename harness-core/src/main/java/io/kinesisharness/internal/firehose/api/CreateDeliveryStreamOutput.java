// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CreateDeliveryStreamOutput} shape. */
public record CreateDeliveryStreamOutput(
        @JsonProperty("DeliveryStreamARN") String deliveryStreamARN) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CreateDeliveryStreamOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "deliveryStreamARN" : path + ".deliveryStreamARN";
        v.pattern(p, value.deliveryStreamARN(), FirehoseShapes.DELIVERY_STREAM_ARN_PATTERN);
        v.length(p, value.deliveryStreamARN(), 1, 512);
    }
}
