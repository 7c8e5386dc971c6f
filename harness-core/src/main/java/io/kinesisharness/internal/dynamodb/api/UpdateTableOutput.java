// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code UpdateTableOutput} shape. */
public record UpdateTableOutput(
        @JsonProperty("TableDescription") TableDescription tableDescription) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, UpdateTableOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "tableDescription" : path + ".tableDescription";
        TableDescription.check(v, p, value.tableDescription());
    }
}
