// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code Record} shape. */
public record PutRecordEntry(
        @JsonProperty("Data") byte[] data) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, PutRecordEntry value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "data" : path + ".data";
        v.notNull(p, value.data());
        v.length(p, value.data(), 0, 1024000);
    }
}
