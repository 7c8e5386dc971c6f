// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code PartitionField} shape. */
public record PartitionField(
        @JsonProperty("SourceName") String sourceName) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, PartitionField value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "sourceName" : path + ".sourceName";
        v.notNull(p, value.sourceName());
        v.pattern(p, value.sourceName(), FirehoseShapes.NON_EMPTY_STRING_WITHOUT_WHITESPACE_PATTERN);
        v.length(p, value.sourceName(), 1, 1024);
    }
}
