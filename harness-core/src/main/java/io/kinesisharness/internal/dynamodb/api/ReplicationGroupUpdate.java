// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ReplicationGroupUpdate} shape. */
public record ReplicationGroupUpdate(
        @JsonProperty("Create") CreateReplicationGroupMemberAction create,
        @JsonProperty("Update") UpdateReplicationGroupMemberAction update,
        @JsonProperty("Delete") DeleteReplicationGroupMemberAction delete) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ReplicationGroupUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "create" : path + ".create";
        CreateReplicationGroupMemberAction.check(v, p, value.create());
        p = path.isEmpty() ? "update" : path + ".update";
        UpdateReplicationGroupMemberAction.check(v, p, value.update());
        p = path.isEmpty() ? "delete" : path + ".delete";
        DeleteReplicationGroupMemberAction.check(v, p, value.delete());
    }
}
