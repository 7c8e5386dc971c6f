// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ApplicationSystemRollbackConfigurationUpdate} shape. */
public record ApplicationSystemRollbackConfigurationUpdate(
        @JsonProperty("RollbackEnabledUpdate") Boolean rollbackEnabledUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ApplicationSystemRollbackConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "rollbackEnabledUpdate" : path + ".rollbackEnabledUpdate";
        v.notNull(p, value.rollbackEnabledUpdate());
    }
}
