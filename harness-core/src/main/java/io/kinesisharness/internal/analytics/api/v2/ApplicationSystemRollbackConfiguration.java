// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ApplicationSystemRollbackConfiguration} shape. */
public record ApplicationSystemRollbackConfiguration(
        @JsonProperty("RollbackEnabled") Boolean rollbackEnabled) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ApplicationSystemRollbackConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "rollbackEnabled" : path + ".rollbackEnabled";
        v.notNull(p, value.rollbackEnabled());
    }
}
