// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code GlobalTableWitnessGroupUpdate} shape. */
public record GlobalTableWitnessGroupUpdate(
        @JsonProperty("Create") CreateGlobalTableWitnessGroupMemberAction create,
        @JsonProperty("Delete") DeleteGlobalTableWitnessGroupMemberAction delete) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, GlobalTableWitnessGroupUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "create" : path + ".create";
        CreateGlobalTableWitnessGroupMemberAction.check(v, p, value.create());
        p = path.isEmpty() ? "delete" : path + ".delete";
        DeleteGlobalTableWitnessGroupMemberAction.check(v, p, value.delete());
    }
}
