// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DescribeDeliveryStreamInput} shape. */
public record DescribeDeliveryStreamInput(
        @JsonProperty("DeliveryStreamName") String deliveryStreamName,
        @JsonProperty("Limit") Integer limit,
        @JsonProperty("ExclusiveStartDestinationId") String exclusiveStartDestinationId) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DescribeDeliveryStreamInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "deliveryStreamName" : path + ".deliveryStreamName";
        v.notNull(p, value.deliveryStreamName());
        v.pattern(p, value.deliveryStreamName(), FirehoseShapes.DELIVERY_STREAM_NAME_PATTERN);
        v.length(p, value.deliveryStreamName(), 1, 64);
        p = path.isEmpty() ? "limit" : path + ".limit";
        v.range(p, value.limit(), 1L, 10000L);
        p = path.isEmpty() ? "exclusiveStartDestinationId" : path + ".exclusiveStartDestinationId";
        v.pattern(p, value.exclusiveStartDestinationId(), FirehoseShapes.DESTINATION_ID_PATTERN);
        v.length(p, value.exclusiveStartDestinationId(), 1, 100);
    }
}
