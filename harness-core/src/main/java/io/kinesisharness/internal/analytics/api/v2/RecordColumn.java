// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code RecordColumn} shape. */
public record RecordColumn(
        @JsonProperty("Name") String name,
        @JsonProperty("Mapping") String mapping,
        @JsonProperty("SqlType") String sqlType) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, RecordColumn value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "name" : path + ".name";
        v.notNull(p, value.name());
        v.pattern(p, value.name(), KinesisAnalyticsV2Shapes.RECORD_COLUMN_NAME_PATTERN);
        v.length(p, value.name(), 1, 256);
        p = path.isEmpty() ? "mapping" : path + ".mapping";
        v.length(p, value.mapping(), 0, 65535);
        p = path.isEmpty() ? "sqlType" : path + ".sqlType";
        v.notNull(p, value.sqlType());
        v.length(p, value.sqlType(), 1, 100);
    }
}
