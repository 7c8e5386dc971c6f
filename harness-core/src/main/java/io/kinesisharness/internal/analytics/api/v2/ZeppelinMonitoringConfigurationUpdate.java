// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ZeppelinMonitoringConfigurationUpdate} shape. */
public record ZeppelinMonitoringConfigurationUpdate(
        @JsonProperty("LogLevelUpdate") String logLevelUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ZeppelinMonitoringConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "logLevelUpdate" : path + ".logLevelUpdate";
        v.notNull(p, value.logLevelUpdate());
        v.oneOf(p, value.logLevelUpdate(), KinesisAnalyticsV2Shapes.LOG_LEVEL);
    }
}
