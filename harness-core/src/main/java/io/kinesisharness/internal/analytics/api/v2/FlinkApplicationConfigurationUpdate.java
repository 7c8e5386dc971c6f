// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code FlinkApplicationConfigurationUpdate} shape. */
public record FlinkApplicationConfigurationUpdate(
        @JsonProperty("CheckpointConfigurationUpdate") CheckpointConfigurationUpdate checkpointConfigurationUpdate,
        @JsonProperty("MonitoringConfigurationUpdate") MonitoringConfigurationUpdate monitoringConfigurationUpdate,
        @JsonProperty("ParallelismConfigurationUpdate") ParallelismConfigurationUpdate parallelismConfigurationUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, FlinkApplicationConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "checkpointConfigurationUpdate" : path + ".checkpointConfigurationUpdate";
        CheckpointConfigurationUpdate.check(v, p, value.checkpointConfigurationUpdate());
        p = path.isEmpty() ? "monitoringConfigurationUpdate" : path + ".monitoringConfigurationUpdate";
        MonitoringConfigurationUpdate.check(v, p, value.monitoringConfigurationUpdate());
        p = path.isEmpty() ? "parallelismConfigurationUpdate" : path + ".parallelismConfigurationUpdate";
        ParallelismConfigurationUpdate.check(v, p, value.parallelismConfigurationUpdate());
    }
}
