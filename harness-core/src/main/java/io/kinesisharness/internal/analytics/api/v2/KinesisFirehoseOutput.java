// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code KinesisFirehoseOutput} shape. */
public record KinesisFirehoseOutput(
        @JsonProperty("ResourceARN") String resourceARN) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, KinesisFirehoseOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "resourceARN" : path + ".resourceARN";
        v.notNull(p, value.resourceARN());
        v.pattern(p, value.resourceARN(), KinesisAnalyticsV2Shapes.RESOURCE_ARN_PATTERN);
        v.length(p, value.resourceARN(), 1, 2048);
    }
}
