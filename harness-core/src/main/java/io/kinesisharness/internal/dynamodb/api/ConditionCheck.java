// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import java.util.Map;

/** AWS's {@code ConditionCheck} shape. */
public record ConditionCheck(
        @JsonProperty("Key") Map<String, AttributeValue> key,
        @JsonProperty("TableName") String tableName,
        @JsonProperty("ConditionExpression") String conditionExpression,
        @JsonProperty("ExpressionAttributeNames") Map<String, String> expressionAttributeNames,
        @JsonProperty("ExpressionAttributeValues") Map<String, AttributeValue> expressionAttributeValues,
        @JsonProperty("ReturnValuesOnConditionCheckFailure") String returnValuesOnConditionCheckFailure) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ConditionCheck value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "key" : path + ".key";
        v.notNull(p, value.key());
        p = path.isEmpty() ? "tableName" : path + ".tableName";
        v.notNull(p, value.tableName());
        v.length(p, value.tableName(), 1, 1024);
        p = path.isEmpty() ? "conditionExpression" : path + ".conditionExpression";
        v.notNull(p, value.conditionExpression());
        p = path.isEmpty() ? "returnValuesOnConditionCheckFailure" : path + ".returnValuesOnConditionCheckFailure";
        v.oneOf(p, value.returnValuesOnConditionCheckFailure(), DynamoDBShapes.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE);
    }
}
