// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code InputSchemaUpdate} shape. */
public record InputSchemaUpdate(
        @JsonProperty("RecordFormatUpdate") RecordFormat recordFormatUpdate,
        @JsonProperty("RecordEncodingUpdate") String recordEncodingUpdate,
        @JsonProperty("RecordColumnUpdates") List<RecordColumn> recordColumnUpdates) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, InputSchemaUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "recordFormatUpdate" : path + ".recordFormatUpdate";
        RecordFormat.check(v, p, value.recordFormatUpdate());
        p = path.isEmpty() ? "recordEncodingUpdate" : path + ".recordEncodingUpdate";
        v.pattern(p, value.recordEncodingUpdate(), KinesisAnalyticsV2Shapes.RECORD_ENCODING_PATTERN);
        v.length(p, value.recordEncodingUpdate(), 5, 5);
        p = path.isEmpty() ? "recordColumnUpdates" : path + ".recordColumnUpdates";
        v.size(p, value.recordColumnUpdates(), 1, 1000);
        if (value.recordColumnUpdates() != null) {
            for (int i = 0; i < value.recordColumnUpdates().size(); i++) {
                RecordColumn.check(v, p + "." + (i + 1) + ".member", value.recordColumnUpdates().get(i));
            }
        }
    }
}
