// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code RunConfigurationUpdate} shape. */
public record RunConfigurationUpdate(
        @JsonProperty("FlinkRunConfiguration") FlinkRunConfiguration flinkRunConfiguration,
        @JsonProperty("ApplicationRestoreConfiguration") ApplicationRestoreConfiguration applicationRestoreConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, RunConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "flinkRunConfiguration" : path + ".flinkRunConfiguration";
        FlinkRunConfiguration.check(v, p, value.flinkRunConfiguration());
        p = path.isEmpty() ? "applicationRestoreConfiguration" : path + ".applicationRestoreConfiguration";
        ApplicationRestoreConfiguration.check(v, p, value.applicationRestoreConfiguration());
    }
}
