// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code InputConfiguration} shape. */
public record InputConfiguration(
        @JsonProperty("Id") String id,
        @JsonProperty("InputStartingPositionConfiguration") InputStartingPositionConfiguration inputStartingPositionConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, InputConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "id" : path + ".id";
        v.notNull(p, value.id());
        v.pattern(p, value.id(), KinesisAnalyticsShapes.ID_PATTERN);
        v.length(p, value.id(), 1, 50);
        p = path.isEmpty() ? "inputStartingPositionConfiguration" : path + ".inputStartingPositionConfiguration";
        v.notNull(p, value.inputStartingPositionConfiguration());
        InputStartingPositionConfiguration.check(v, p, value.inputStartingPositionConfiguration());
    }
}
