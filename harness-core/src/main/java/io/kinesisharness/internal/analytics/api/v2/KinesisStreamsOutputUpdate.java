// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code KinesisStreamsOutputUpdate} shape. */
public record KinesisStreamsOutputUpdate(
        @JsonProperty("ResourceARNUpdate") String resourceARNUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, KinesisStreamsOutputUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "resourceARNUpdate" : path + ".resourceARNUpdate";
        v.notNull(p, value.resourceARNUpdate());
        v.pattern(p, value.resourceARNUpdate(), KinesisAnalyticsV2Shapes.RESOURCE_ARN_PATTERN);
        v.length(p, value.resourceARNUpdate(), 1, 2048);
    }
}
