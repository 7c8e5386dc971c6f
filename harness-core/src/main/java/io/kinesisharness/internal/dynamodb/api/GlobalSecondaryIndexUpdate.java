// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code GlobalSecondaryIndexUpdate} shape. */
public record GlobalSecondaryIndexUpdate(
        @JsonProperty("Update") UpdateGlobalSecondaryIndexAction update,
        @JsonProperty("Create") CreateGlobalSecondaryIndexAction create,
        @JsonProperty("Delete") DeleteGlobalSecondaryIndexAction delete) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, GlobalSecondaryIndexUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "update" : path + ".update";
        UpdateGlobalSecondaryIndexAction.check(v, p, value.update());
        p = path.isEmpty() ? "create" : path + ".create";
        CreateGlobalSecondaryIndexAction.check(v, p, value.create());
        p = path.isEmpty() ? "delete" : path + ".delete";
        DeleteGlobalSecondaryIndexAction.check(v, p, value.delete());
    }
}
