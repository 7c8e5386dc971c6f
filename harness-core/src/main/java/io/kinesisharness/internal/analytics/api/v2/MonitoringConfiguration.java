// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code MonitoringConfiguration} shape. */
public record MonitoringConfiguration(
        @JsonProperty("ConfigurationType") String configurationType,
        @JsonProperty("MetricsLevel") String metricsLevel,
        @JsonProperty("LogLevel") String logLevel) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, MonitoringConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "configurationType" : path + ".configurationType";
        v.notNull(p, value.configurationType());
        v.oneOf(p, value.configurationType(), KinesisAnalyticsV2Shapes.CONFIGURATION_TYPE);
        p = path.isEmpty() ? "metricsLevel" : path + ".metricsLevel";
        v.oneOf(p, value.metricsLevel(), KinesisAnalyticsV2Shapes.METRICS_LEVEL);
        p = path.isEmpty() ? "logLevel" : path + ".logLevel";
        v.oneOf(p, value.logLevel(), KinesisAnalyticsV2Shapes.LOG_LEVEL);
    }
}
