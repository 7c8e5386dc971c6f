// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** AWS's {@code GetItemInput} shape. */
public record GetItemInput(
        @JsonProperty("TableName") String tableName,
        @JsonProperty("Key") Map<String, AttributeValue> key,
        @JsonProperty("AttributesToGet") List<String> attributesToGet,
        @JsonProperty("ConsistentRead") Boolean consistentRead,
        @JsonProperty("ReturnConsumedCapacity") String returnConsumedCapacity,
        @JsonProperty("ProjectionExpression") String projectionExpression,
        @JsonProperty("ExpressionAttributeNames") Map<String, String> expressionAttributeNames) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, GetItemInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "tableName" : path + ".tableName";
        v.notNull(p, value.tableName());
        v.length(p, value.tableName(), 1, 1024);
        p = path.isEmpty() ? "key" : path + ".key";
        v.notNull(p, value.key());
        p = path.isEmpty() ? "attributesToGet" : path + ".attributesToGet";
        v.size(p, value.attributesToGet(), 1, 2147483647);
        v.elementLengths(p, value.attributesToGet(), 0, 65535);
        p = path.isEmpty() ? "returnConsumedCapacity" : path + ".returnConsumedCapacity";
        v.oneOf(p, value.returnConsumedCapacity(), DynamoDBShapes.RETURN_CONSUMED_CAPACITY);
    }
}
