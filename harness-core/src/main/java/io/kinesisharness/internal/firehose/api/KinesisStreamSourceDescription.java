// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;

/** AWS's {@code KinesisStreamSourceDescription} shape. */
public record KinesisStreamSourceDescription(
        @JsonProperty("KinesisStreamARN") String kinesisStreamARN,
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("DeliveryStartTimestamp") Instant deliveryStartTimestamp) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, KinesisStreamSourceDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "kinesisStreamARN" : path + ".kinesisStreamARN";
        v.pattern(p, value.kinesisStreamARN(), FirehoseShapes.KINESIS_STREAM_ARN_PATTERN);
        v.length(p, value.kinesisStreamARN(), 1, 512);
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
    }
}
