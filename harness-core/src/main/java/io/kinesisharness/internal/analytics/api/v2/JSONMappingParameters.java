// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code JSONMappingParameters} shape. */
public record JSONMappingParameters(
        @JsonProperty("RecordRowPath") String recordRowPath) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, JSONMappingParameters value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "recordRowPath" : path + ".recordRowPath";
        v.notNull(p, value.recordRowPath());
        v.pattern(p, value.recordRowPath(), KinesisAnalyticsV2Shapes.RECORD_ROW_PATH_PATTERN);
        v.length(p, value.recordRowPath(), 1, 65535);
    }
}
