// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code MonitoringConfigurationUpdate} shape. */
public record MonitoringConfigurationUpdate(
        @JsonProperty("ConfigurationTypeUpdate") String configurationTypeUpdate,
        @JsonProperty("MetricsLevelUpdate") String metricsLevelUpdate,
        @JsonProperty("LogLevelUpdate") String logLevelUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, MonitoringConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "configurationTypeUpdate" : path + ".configurationTypeUpdate";
        v.oneOf(p, value.configurationTypeUpdate(), KinesisAnalyticsV2Shapes.CONFIGURATION_TYPE);
        p = path.isEmpty() ? "metricsLevelUpdate" : path + ".metricsLevelUpdate";
        v.oneOf(p, value.metricsLevelUpdate(), KinesisAnalyticsV2Shapes.METRICS_LEVEL);
        p = path.isEmpty() ? "logLevelUpdate" : path + ".logLevelUpdate";
        v.oneOf(p, value.logLevelUpdate(), KinesisAnalyticsV2Shapes.LOG_LEVEL);
    }
}
