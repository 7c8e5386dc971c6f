// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ApplicationRestoreConfiguration} shape. */
public record ApplicationRestoreConfiguration(
        @JsonProperty("ApplicationRestoreType") String applicationRestoreType,
        @JsonProperty("SnapshotName") String snapshotName) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ApplicationRestoreConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "applicationRestoreType" : path + ".applicationRestoreType";
        v.notNull(p, value.applicationRestoreType());
        v.oneOf(p, value.applicationRestoreType(), KinesisAnalyticsV2Shapes.APPLICATION_RESTORE_TYPE);
        p = path.isEmpty() ? "snapshotName" : path + ".snapshotName";
        v.pattern(p, value.snapshotName(), KinesisAnalyticsV2Shapes.SNAPSHOT_NAME_PATTERN);
        v.length(p, value.snapshotName(), 1, 256);
    }
}
