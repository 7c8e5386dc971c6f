// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import java.util.Map;

/** AWS's {@code PutItemInput} shape. */
public record PutItemInput(
        @JsonProperty("TableName") String tableName,
        @JsonProperty("Item") Map<String, AttributeValue> item,
        @JsonProperty("Expected") Map<String, ExpectedAttributeValue> expected,
        @JsonProperty("ReturnValues") String returnValues,
        @JsonProperty("ReturnConsumedCapacity") String returnConsumedCapacity,
        @JsonProperty("ReturnItemCollectionMetrics") String returnItemCollectionMetrics,
        @JsonProperty("ConditionalOperator") String conditionalOperator,
        @JsonProperty("ConditionExpression") String conditionExpression,
        @JsonProperty("ExpressionAttributeNames") Map<String, String> expressionAttributeNames,
        @JsonProperty("ExpressionAttributeValues") Map<String, AttributeValue> expressionAttributeValues,
        @JsonProperty("ReturnValuesOnConditionCheckFailure") String returnValuesOnConditionCheckFailure) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, PutItemInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "tableName" : path + ".tableName";
        v.notNull(p, value.tableName());
        v.length(p, value.tableName(), 1, 1024);
        p = path.isEmpty() ? "item" : path + ".item";
        v.notNull(p, value.item());
        p = path.isEmpty() ? "returnValues" : path + ".returnValues";
        v.oneOf(p, value.returnValues(), DynamoDBShapes.RETURN_VALUE);
        p = path.isEmpty() ? "returnConsumedCapacity" : path + ".returnConsumedCapacity";
        v.oneOf(p, value.returnConsumedCapacity(), DynamoDBShapes.RETURN_CONSUMED_CAPACITY);
        p = path.isEmpty() ? "returnItemCollectionMetrics" : path + ".returnItemCollectionMetrics";
        v.oneOf(p, value.returnItemCollectionMetrics(), DynamoDBShapes.RETURN_ITEM_COLLECTION_METRICS);
        p = path.isEmpty() ? "conditionalOperator" : path + ".conditionalOperator";
        v.oneOf(p, value.conditionalOperator(), DynamoDBShapes.CONDITIONAL_OPERATOR);
        p = path.isEmpty() ? "returnValuesOnConditionCheckFailure" : path + ".returnValuesOnConditionCheckFailure";
        v.oneOf(p, value.returnValuesOnConditionCheckFailure(), DynamoDBShapes.RETURN_VALUES_ON_CONDITION_CHECK_FAILURE);
    }
}
