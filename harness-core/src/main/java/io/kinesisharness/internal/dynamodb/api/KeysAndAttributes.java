// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** AWS's {@code KeysAndAttributes} shape. */
public record KeysAndAttributes(
        @JsonProperty("Keys") List<Map<String, AttributeValue>> keys,
        @JsonProperty("AttributesToGet") List<String> attributesToGet,
        @JsonProperty("ConsistentRead") Boolean consistentRead,
        @JsonProperty("ProjectionExpression") String projectionExpression,
        @JsonProperty("ExpressionAttributeNames") Map<String, String> expressionAttributeNames) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, KeysAndAttributes value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "keys" : path + ".keys";
        v.notNull(p, value.keys());
        v.size(p, value.keys(), 1, 100);
        p = path.isEmpty() ? "attributesToGet" : path + ".attributesToGet";
        v.size(p, value.attributesToGet(), 1, 2147483647);
        v.elementLengths(p, value.attributesToGet(), 0, 65535);
    }
}
