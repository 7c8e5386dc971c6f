// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ApplicationMaintenanceConfigurationUpdate} shape. */
public record ApplicationMaintenanceConfigurationUpdate(
        @JsonProperty("ApplicationMaintenanceWindowStartTimeUpdate") String applicationMaintenanceWindowStartTimeUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ApplicationMaintenanceConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "applicationMaintenanceWindowStartTimeUpdate" : path + ".applicationMaintenanceWindowStartTimeUpdate";
        v.notNull(p, value.applicationMaintenanceWindowStartTimeUpdate());
        v.pattern(p, value.applicationMaintenanceWindowStartTimeUpdate(), KinesisAnalyticsV2Shapes.APPLICATION_MAINTENANCE_WINDOW_START_TIME_PATTERN);
        v.length(p, value.applicationMaintenanceWindowStartTimeUpdate(), 5, 5);
    }
}
