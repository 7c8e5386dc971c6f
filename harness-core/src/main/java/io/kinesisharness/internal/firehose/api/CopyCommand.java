// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CopyCommand} shape. */
public record CopyCommand(
        @JsonProperty("DataTableName") String dataTableName,
        @JsonProperty("DataTableColumns") String dataTableColumns,
        @JsonProperty("CopyOptions") String copyOptions) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CopyCommand value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "dataTableName" : path + ".dataTableName";
        v.notNull(p, value.dataTableName());
        v.pattern(p, value.dataTableName(), FirehoseShapes.DATA_TABLE_NAME_PATTERN);
        v.length(p, value.dataTableName(), 1, 512);
        p = path.isEmpty() ? "dataTableColumns" : path + ".dataTableColumns";
        v.pattern(p, value.dataTableColumns(), FirehoseShapes.DATA_TABLE_COLUMNS_PATTERN);
        v.length(p, value.dataTableColumns(), 0, 10240);
        p = path.isEmpty() ? "copyOptions" : path + ".copyOptions";
        v.pattern(p, value.copyOptions(), FirehoseShapes.COPY_OPTIONS_PATTERN);
        v.length(p, value.copyOptions(), 0, 10240);
    }
}
