// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.Map;

/** AWS's {@code OpenXJsonSerDe} shape. */
public record OpenXJsonSerDe(
        @JsonProperty("ConvertDotsInJsonKeysToUnderscores") Boolean convertDotsInJsonKeysToUnderscores,
        @JsonProperty("CaseInsensitive") Boolean caseInsensitive,
        @JsonProperty("ColumnToJsonKeyMappings") Map<String, String> columnToJsonKeyMappings) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, OpenXJsonSerDe value) {
    }
}
