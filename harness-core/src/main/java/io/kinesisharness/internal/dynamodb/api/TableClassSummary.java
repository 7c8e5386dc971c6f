// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;

/** AWS's {@code TableClassSummary} shape. */
public record TableClassSummary(
        @JsonProperty("TableClass") String tableClass,
        @JsonProperty("LastUpdateDateTime") Instant lastUpdateDateTime) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, TableClassSummary value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "tableClass" : path + ".tableClass";
        v.oneOf(p, value.tableClass(), DynamoDBShapes.TABLE_CLASS);
    }
}
