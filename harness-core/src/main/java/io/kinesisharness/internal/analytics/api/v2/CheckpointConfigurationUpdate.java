// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CheckpointConfigurationUpdate} shape. */
public record CheckpointConfigurationUpdate(
        @JsonProperty("ConfigurationTypeUpdate") String configurationTypeUpdate,
        @JsonProperty("CheckpointingEnabledUpdate") Boolean checkpointingEnabledUpdate,
        @JsonProperty("CheckpointIntervalUpdate") Long checkpointIntervalUpdate,
        @JsonProperty("MinPauseBetweenCheckpointsUpdate") Long minPauseBetweenCheckpointsUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CheckpointConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "configurationTypeUpdate" : path + ".configurationTypeUpdate";
        v.oneOf(p, value.configurationTypeUpdate(), KinesisAnalyticsV2Shapes.CONFIGURATION_TYPE);
        p = path.isEmpty() ? "checkpointIntervalUpdate" : path + ".checkpointIntervalUpdate";
        v.range(p, value.checkpointIntervalUpdate(), 1L, 9223372036854775807L);
        p = path.isEmpty() ? "minPauseBetweenCheckpointsUpdate" : path + ".minPauseBetweenCheckpointsUpdate";
        v.range(p, value.minPauseBetweenCheckpointsUpdate(), 0L, 9223372036854775807L);
    }
}
