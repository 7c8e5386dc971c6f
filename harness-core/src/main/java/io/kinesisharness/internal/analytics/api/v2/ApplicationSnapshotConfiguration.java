// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ApplicationSnapshotConfiguration} shape. */
public record ApplicationSnapshotConfiguration(
        @JsonProperty("SnapshotsEnabled") Boolean snapshotsEnabled) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ApplicationSnapshotConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "snapshotsEnabled" : path + ".snapshotsEnabled";
        v.notNull(p, value.snapshotsEnabled());
    }
}
