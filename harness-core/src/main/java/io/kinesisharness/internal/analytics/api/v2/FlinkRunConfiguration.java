// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code FlinkRunConfiguration} shape. */
public record FlinkRunConfiguration(
        @JsonProperty("AllowNonRestoredState") Boolean allowNonRestoredState) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, FlinkRunConfiguration value) {
    }
}
