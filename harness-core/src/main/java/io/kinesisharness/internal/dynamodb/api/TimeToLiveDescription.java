// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code TimeToLiveDescription} shape. */
public record TimeToLiveDescription(
        @JsonProperty("TimeToLiveStatus") String timeToLiveStatus,
        @JsonProperty("AttributeName") String attributeName) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, TimeToLiveDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "timeToLiveStatus" : path + ".timeToLiveStatus";
        v.oneOf(p, value.timeToLiveStatus(), DynamoDBShapes.TIME_TO_LIVE_STATUS);
        p = path.isEmpty() ? "attributeName" : path + ".attributeName";
        v.length(p, value.attributeName(), 1, 255);
    }
}
