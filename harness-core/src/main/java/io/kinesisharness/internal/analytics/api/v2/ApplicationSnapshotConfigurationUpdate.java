// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ApplicationSnapshotConfigurationUpdate} shape. */
public record ApplicationSnapshotConfigurationUpdate(
        @JsonProperty("SnapshotsEnabledUpdate") Boolean snapshotsEnabledUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ApplicationSnapshotConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "snapshotsEnabledUpdate" : path + ".snapshotsEnabledUpdate";
        v.notNull(p, value.snapshotsEnabledUpdate());
    }
}
