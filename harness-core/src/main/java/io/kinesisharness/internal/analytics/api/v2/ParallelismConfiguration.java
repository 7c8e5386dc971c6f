// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ParallelismConfiguration} shape. */
public record ParallelismConfiguration(
        @JsonProperty("ConfigurationType") String configurationType,
        @JsonProperty("Parallelism") Integer parallelism,
        @JsonProperty("ParallelismPerKPU") Integer parallelismPerKPU,
        @JsonProperty("AutoScalingEnabled") Boolean autoScalingEnabled) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ParallelismConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "configurationType" : path + ".configurationType";
        v.notNull(p, value.configurationType());
        v.oneOf(p, value.configurationType(), KinesisAnalyticsV2Shapes.CONFIGURATION_TYPE);
        p = path.isEmpty() ? "parallelism" : path + ".parallelism";
        v.range(p, value.parallelism(), 1L, 9223372036854775807L);
        p = path.isEmpty() ? "parallelismPerKPU" : path + ".parallelismPerKPU";
        v.range(p, value.parallelismPerKPU(), 1L, 9223372036854775807L);
    }
}
