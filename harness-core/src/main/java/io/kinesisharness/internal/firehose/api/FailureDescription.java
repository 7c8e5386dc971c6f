// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code FailureDescription} shape. */
public record FailureDescription(
        @JsonProperty("Type") String type,
        @JsonProperty("Details") String details) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, FailureDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "type" : path + ".type";
        v.notNull(p, value.type());
        v.oneOf(p, value.type(), FirehoseShapes.DELIVERY_STREAM_FAILURE_TYPE);
        p = path.isEmpty() ? "details" : path + ".details";
        v.notNull(p, value.details());
        v.pattern(p, value.details(), FirehoseShapes.NON_EMPTY_STRING_PATTERN);
        v.length(p, value.details(), 1, 1024);
    }
}
