// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code InputParallelismUpdate} shape. */
public record InputParallelismUpdate(
        @JsonProperty("CountUpdate") Integer countUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, InputParallelismUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "countUpdate" : path + ".countUpdate";
        v.range(p, value.countUpdate(), 1L, 64L);
    }
}
