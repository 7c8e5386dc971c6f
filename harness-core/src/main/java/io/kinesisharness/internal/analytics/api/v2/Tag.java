// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code Tag} shape. */
public record Tag(
        @JsonProperty("Key") String key,
        @JsonProperty("Value") String value) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, Tag value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "key" : path + ".key";
        v.notNull(p, value.key());
        v.length(p, value.key(), 1, 128);
        p = path.isEmpty() ? "value" : path + ".value";
        v.length(p, value.value(), 0, 256);
    }
}
