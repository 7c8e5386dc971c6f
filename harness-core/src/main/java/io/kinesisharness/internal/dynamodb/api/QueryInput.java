// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** AWS's {@code QueryInput} shape. */
public record QueryInput(
        @JsonProperty("TableName") String tableName,
        @JsonProperty("IndexName") String indexName,
        @JsonProperty("Select") String select,
        @JsonProperty("AttributesToGet") List<String> attributesToGet,
        @JsonProperty("Limit") Integer limit,
        @JsonProperty("ConsistentRead") Boolean consistentRead,
        @JsonProperty("KeyConditions") Map<String, Condition> keyConditions,
        @JsonProperty("QueryFilter") Map<String, Condition> queryFilter,
        @JsonProperty("ConditionalOperator") String conditionalOperator,
        @JsonProperty("ScanIndexForward") Boolean scanIndexForward,
        @JsonProperty("ExclusiveStartKey") Map<String, AttributeValue> exclusiveStartKey,
        @JsonProperty("ReturnConsumedCapacity") String returnConsumedCapacity,
        @JsonProperty("ProjectionExpression") String projectionExpression,
        @JsonProperty("FilterExpression") String filterExpression,
        @JsonProperty("KeyConditionExpression") String keyConditionExpression,
        @JsonProperty("ExpressionAttributeNames") Map<String, String> expressionAttributeNames,
        @JsonProperty("ExpressionAttributeValues") Map<String, AttributeValue> expressionAttributeValues) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, QueryInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "tableName" : path + ".tableName";
        v.notNull(p, value.tableName());
        v.length(p, value.tableName(), 1, 1024);
        p = path.isEmpty() ? "indexName" : path + ".indexName";
        v.pattern(p, value.indexName(), DynamoDBShapes.INDEX_NAME_PATTERN);
        v.length(p, value.indexName(), 3, 255);
        p = path.isEmpty() ? "select" : path + ".select";
        v.oneOf(p, value.select(), DynamoDBShapes.SELECT);
        p = path.isEmpty() ? "attributesToGet" : path + ".attributesToGet";
        v.size(p, value.attributesToGet(), 1, 2147483647);
        v.elementLengths(p, value.attributesToGet(), 0, 65535);
        p = path.isEmpty() ? "limit" : path + ".limit";
        v.range(p, value.limit(), 1L, 9223372036854775807L);
        p = path.isEmpty() ? "conditionalOperator" : path + ".conditionalOperator";
        v.oneOf(p, value.conditionalOperator(), DynamoDBShapes.CONDITIONAL_OPERATOR);
        p = path.isEmpty() ? "returnConsumedCapacity" : path + ".returnConsumedCapacity";
        v.oneOf(p, value.returnConsumedCapacity(), DynamoDBShapes.RETURN_CONSUMED_CAPACITY);
    }
}
