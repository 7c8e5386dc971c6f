// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CreateApplicationSnapshotRequest} shape. */
public record CreateApplicationSnapshotRequest(
        @JsonProperty("ApplicationName") String applicationName,
        @JsonProperty("SnapshotName") String snapshotName) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CreateApplicationSnapshotRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "applicationName" : path + ".applicationName";
        v.notNull(p, value.applicationName());
        v.pattern(p, value.applicationName(), KinesisAnalyticsV2Shapes.APPLICATION_NAME_PATTERN);
        v.length(p, value.applicationName(), 1, 128);
        p = path.isEmpty() ? "snapshotName" : path + ".snapshotName";
        v.notNull(p, value.snapshotName());
        v.pattern(p, value.snapshotName(), KinesisAnalyticsV2Shapes.SNAPSHOT_NAME_PATTERN);
        v.length(p, value.snapshotName(), 1, 256);
    }
}
