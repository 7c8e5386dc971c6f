// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CheckpointConfiguration} shape. */
public record CheckpointConfiguration(
        @JsonProperty("ConfigurationType") String configurationType,
        @JsonProperty("CheckpointingEnabled") Boolean checkpointingEnabled,
        @JsonProperty("CheckpointInterval") Long checkpointInterval,
        @JsonProperty("MinPauseBetweenCheckpoints") Long minPauseBetweenCheckpoints) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CheckpointConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "configurationType" : path + ".configurationType";
        v.notNull(p, value.configurationType());
        v.oneOf(p, value.configurationType(), KinesisAnalyticsV2Shapes.CONFIGURATION_TYPE);
        p = path.isEmpty() ? "checkpointInterval" : path + ".checkpointInterval";
        v.range(p, value.checkpointInterval(), 1L, 9223372036854775807L);
        p = path.isEmpty() ? "minPauseBetweenCheckpoints" : path + ".minPauseBetweenCheckpoints";
        v.range(p, value.minPauseBetweenCheckpoints(), 0L, 9223372036854775807L);
    }
}
