// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code RecordFormat} shape. */
public record RecordFormat(
        @JsonProperty("RecordFormatType") String recordFormatType,
        @JsonProperty("MappingParameters") MappingParameters mappingParameters) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, RecordFormat value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "recordFormatType" : path + ".recordFormatType";
        v.notNull(p, value.recordFormatType());
        v.oneOf(p, value.recordFormatType(), KinesisAnalyticsShapes.RECORD_FORMAT_TYPE);
        p = path.isEmpty() ? "mappingParameters" : path + ".mappingParameters";
        MappingParameters.check(v, p, value.mappingParameters());
    }
}
