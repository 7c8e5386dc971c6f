// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code TransactWriteItem} shape. */
public record TransactWriteItem(
        @JsonProperty("ConditionCheck") ConditionCheck conditionCheck,
        @JsonProperty("Put") Put put,
        @JsonProperty("Delete") Delete delete,
        @JsonProperty("Update") Update update) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, TransactWriteItem value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "conditionCheck" : path + ".conditionCheck";
        ConditionCheck.check(v, p, value.conditionCheck());
        p = path.isEmpty() ? "put" : path + ".put";
        Put.check(v, p, value.put());
        p = path.isEmpty() ? "delete" : path + ".delete";
        Delete.check(v, p, value.delete());
        p = path.isEmpty() ? "update" : path + ".update";
        Update.check(v, p, value.update());
    }
}
