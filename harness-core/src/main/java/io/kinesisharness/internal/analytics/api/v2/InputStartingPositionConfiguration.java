// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code InputStartingPositionConfiguration} shape. */
public record InputStartingPositionConfiguration(
        @JsonProperty("InputStartingPosition") String inputStartingPosition) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, InputStartingPositionConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "inputStartingPosition" : path + ".inputStartingPosition";
        v.oneOf(p, value.inputStartingPosition(), KinesisAnalyticsV2Shapes.INPUT_STARTING_POSITION);
    }
}
