// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code VectorIndexUpdate} shape. */
public record VectorIndexUpdate(
        @JsonProperty("Create") CreateVectorIndexAction create,
        @JsonProperty("Delete") DeleteVectorIndexAction delete) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, VectorIndexUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "create" : path + ".create";
        CreateVectorIndexAction.check(v, p, value.create());
        p = path.isEmpty() ? "delete" : path + ".delete";
        DeleteVectorIndexAction.check(v, p, value.delete());
    }
}
