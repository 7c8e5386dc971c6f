// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code InputParallelism} shape. */
public record InputParallelism(
        @JsonProperty("Count") Integer count) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, InputParallelism value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "count" : path + ".count";
        v.range(p, value.count(), 1L, 64L);
    }
}
