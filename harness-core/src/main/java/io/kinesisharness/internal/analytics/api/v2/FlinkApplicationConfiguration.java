// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code FlinkApplicationConfiguration} shape. */
public record FlinkApplicationConfiguration(
        @JsonProperty("CheckpointConfiguration") CheckpointConfiguration checkpointConfiguration,
        @JsonProperty("MonitoringConfiguration") MonitoringConfiguration monitoringConfiguration,
        @JsonProperty("ParallelismConfiguration") ParallelismConfiguration parallelismConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, FlinkApplicationConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "checkpointConfiguration" : path + ".checkpointConfiguration";
        CheckpointConfiguration.check(v, p, value.checkpointConfiguration());
        p = path.isEmpty() ? "monitoringConfiguration" : path + ".monitoringConfiguration";
        MonitoringConfiguration.check(v, p, value.monitoringConfiguration());
        p = path.isEmpty() ? "parallelismConfiguration" : path + ".parallelismConfiguration";
        ParallelismConfiguration.check(v, p, value.parallelismConfiguration());
    }
}
