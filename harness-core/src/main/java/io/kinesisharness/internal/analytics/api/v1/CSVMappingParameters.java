// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CSVMappingParameters} shape. */
public record CSVMappingParameters(
        @JsonProperty("RecordRowDelimiter") String recordRowDelimiter,
        @JsonProperty("RecordColumnDelimiter") String recordColumnDelimiter) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CSVMappingParameters value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "recordRowDelimiter" : path + ".recordRowDelimiter";
        v.notNull(p, value.recordRowDelimiter());
        v.length(p, value.recordRowDelimiter(), 1, 2147483647);
        p = path.isEmpty() ? "recordColumnDelimiter" : path + ".recordColumnDelimiter";
        v.notNull(p, value.recordColumnDelimiter());
        v.length(p, value.recordColumnDelimiter(), 1, 2147483647);
    }
}
