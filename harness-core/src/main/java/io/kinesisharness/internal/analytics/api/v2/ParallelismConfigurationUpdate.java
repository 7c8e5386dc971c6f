// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ParallelismConfigurationUpdate} shape. */
public record ParallelismConfigurationUpdate(
        @JsonProperty("ConfigurationTypeUpdate") String configurationTypeUpdate,
        @JsonProperty("ParallelismUpdate") Integer parallelismUpdate,
        @JsonProperty("ParallelismPerKPUUpdate") Integer parallelismPerKPUUpdate,
        @JsonProperty("AutoScalingEnabledUpdate") Boolean autoScalingEnabledUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ParallelismConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "configurationTypeUpdate" : path + ".configurationTypeUpdate";
        v.oneOf(p, value.configurationTypeUpdate(), KinesisAnalyticsV2Shapes.CONFIGURATION_TYPE);
        p = path.isEmpty() ? "parallelismUpdate" : path + ".parallelismUpdate";
        v.range(p, value.parallelismUpdate(), 1L, 9223372036854775807L);
        p = path.isEmpty() ? "parallelismPerKPUUpdate" : path + ".parallelismPerKPUUpdate";
        v.range(p, value.parallelismPerKPUUpdate(), 1L, 9223372036854775807L);
    }
}
