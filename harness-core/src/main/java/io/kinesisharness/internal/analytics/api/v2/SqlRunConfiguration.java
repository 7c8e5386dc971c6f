// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code SqlRunConfiguration} shape. */
public record SqlRunConfiguration(
        @JsonProperty("InputId") String inputId,
        @JsonProperty("InputStartingPositionConfiguration") InputStartingPositionConfiguration inputStartingPositionConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, SqlRunConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "inputId" : path + ".inputId";
        v.notNull(p, value.inputId());
        v.pattern(p, value.inputId(), KinesisAnalyticsV2Shapes.ID_PATTERN);
        v.length(p, value.inputId(), 1, 50);
        p = path.isEmpty() ? "inputStartingPositionConfiguration" : path + ".inputStartingPositionConfiguration";
        v.notNull(p, value.inputStartingPositionConfiguration());
        InputStartingPositionConfiguration.check(v, p, value.inputStartingPositionConfiguration());
    }
}
