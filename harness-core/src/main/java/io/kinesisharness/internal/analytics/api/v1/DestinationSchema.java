// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DestinationSchema} shape. */
public record DestinationSchema(
        @JsonProperty("RecordFormatType") String recordFormatType) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DestinationSchema value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "recordFormatType" : path + ".recordFormatType";
        v.notNull(p, value.recordFormatType());
        v.oneOf(p, value.recordFormatType(), KinesisAnalyticsShapes.RECORD_FORMAT_TYPE);
    }
}
