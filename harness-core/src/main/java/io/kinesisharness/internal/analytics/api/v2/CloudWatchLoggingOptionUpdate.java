// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CloudWatchLoggingOptionUpdate} shape. */
public record CloudWatchLoggingOptionUpdate(
        @JsonProperty("CloudWatchLoggingOptionId") String cloudWatchLoggingOptionId,
        @JsonProperty("LogStreamARNUpdate") String logStreamARNUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CloudWatchLoggingOptionUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "cloudWatchLoggingOptionId" : path + ".cloudWatchLoggingOptionId";
        v.notNull(p, value.cloudWatchLoggingOptionId());
        v.pattern(p, value.cloudWatchLoggingOptionId(), KinesisAnalyticsV2Shapes.ID_PATTERN);
        v.length(p, value.cloudWatchLoggingOptionId(), 1, 50);
        p = path.isEmpty() ? "logStreamARNUpdate" : path + ".logStreamARNUpdate";
        v.pattern(p, value.logStreamARNUpdate(), KinesisAnalyticsV2Shapes.LOG_STREAM_ARN_PATTERN);
        v.length(p, value.logStreamARNUpdate(), 1, 2048);
    }
}
