// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ListTablesInput} shape. */
public record ListTablesInput(
        @JsonProperty("ExclusiveStartTableName") String exclusiveStartTableName,
        @JsonProperty("Limit") Integer limit) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ListTablesInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "exclusiveStartTableName" : path + ".exclusiveStartTableName";
        v.pattern(p, value.exclusiveStartTableName(), DynamoDBShapes.TABLE_NAME_PATTERN);
        v.length(p, value.exclusiveStartTableName(), 3, 255);
        p = path.isEmpty() ? "limit" : path + ".limit";
        v.range(p, value.limit(), 1L, 100L);
    }
}
