// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CloudWatchLoggingOptions} shape. */
public record CloudWatchLoggingOptions(
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("LogGroupName") String logGroupName,
        @JsonProperty("LogStreamName") String logStreamName) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CloudWatchLoggingOptions value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "logGroupName" : path + ".logGroupName";
        v.pattern(p, value.logGroupName(), FirehoseShapes.LOG_GROUP_NAME_PATTERN);
        v.length(p, value.logGroupName(), 0, 512);
        p = path.isEmpty() ? "logStreamName" : path + ".logStreamName";
        v.pattern(p, value.logStreamName(), FirehoseShapes.LOG_STREAM_NAME_PATTERN);
        v.length(p, value.logStreamName(), 0, 512);
    }
}
