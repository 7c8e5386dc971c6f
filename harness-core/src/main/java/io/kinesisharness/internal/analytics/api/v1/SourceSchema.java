// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code SourceSchema} shape. */
public record SourceSchema(
        @JsonProperty("RecordFormat") RecordFormat recordFormat,
        @JsonProperty("RecordEncoding") String recordEncoding,
        @JsonProperty("RecordColumns") List<RecordColumn> recordColumns) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, SourceSchema value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "recordFormat" : path + ".recordFormat";
        v.notNull(p, value.recordFormat());
        RecordFormat.check(v, p, value.recordFormat());
        p = path.isEmpty() ? "recordEncoding" : path + ".recordEncoding";
        v.pattern(p, value.recordEncoding(), KinesisAnalyticsShapes.RECORD_ENCODING_PATTERN);
        p = path.isEmpty() ? "recordColumns" : path + ".recordColumns";
        v.notNull(p, value.recordColumns());
        v.size(p, value.recordColumns(), 1, 1000);
        if (value.recordColumns() != null) {
            for (int i = 0; i < value.recordColumns().size(); i++) {
                RecordColumn.check(v, p + "." + (i + 1) + ".member", value.recordColumns().get(i));
            }
        }
    }
}
