// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code RunConfiguration} shape. */
public record RunConfiguration(
        @JsonProperty("FlinkRunConfiguration") FlinkRunConfiguration flinkRunConfiguration,
        @JsonProperty("SqlRunConfigurations") List<SqlRunConfiguration> sqlRunConfigurations,
        @JsonProperty("ApplicationRestoreConfiguration") ApplicationRestoreConfiguration applicationRestoreConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, RunConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "flinkRunConfiguration" : path + ".flinkRunConfiguration";
        FlinkRunConfiguration.check(v, p, value.flinkRunConfiguration());
        p = path.isEmpty() ? "sqlRunConfigurations" : path + ".sqlRunConfigurations";
        if (value.sqlRunConfigurations() != null) {
            for (int i = 0; i < value.sqlRunConfigurations().size(); i++) {
                SqlRunConfiguration.check(v, p + "." + (i + 1) + ".member", value.sqlRunConfigurations().get(i));
            }
        }
        p = path.isEmpty() ? "applicationRestoreConfiguration" : path + ".applicationRestoreConfiguration";
        ApplicationRestoreConfiguration.check(v, p, value.applicationRestoreConfiguration());
    }
}
