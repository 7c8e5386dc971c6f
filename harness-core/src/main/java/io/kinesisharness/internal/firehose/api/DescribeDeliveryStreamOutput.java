// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DescribeDeliveryStreamOutput} shape. */
public record DescribeDeliveryStreamOutput(
        @JsonProperty("DeliveryStreamDescription") DeliveryStreamDescription deliveryStreamDescription) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DescribeDeliveryStreamOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "deliveryStreamDescription" : path + ".deliveryStreamDescription";
        v.notNull(p, value.deliveryStreamDescription());
        DeliveryStreamDescription.check(v, p, value.deliveryStreamDescription());
    }
}
