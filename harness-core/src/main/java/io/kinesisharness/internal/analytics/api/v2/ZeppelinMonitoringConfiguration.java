// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ZeppelinMonitoringConfiguration} shape. */
public record ZeppelinMonitoringConfiguration(
        @JsonProperty("LogLevel") String logLevel) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ZeppelinMonitoringConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "logLevel" : path + ".logLevel";
        v.notNull(p, value.logLevel());
        v.oneOf(p, value.logLevel(), KinesisAnalyticsV2Shapes.LOG_LEVEL);
    }
}
