// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import java.util.List;

/** AWS's {@code Condition} shape. */
public record Condition(
        @JsonProperty("AttributeValueList") List<AttributeValue> attributeValueList,
        @JsonProperty("ComparisonOperator") String comparisonOperator) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, Condition value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "comparisonOperator" : path + ".comparisonOperator";
        v.notNull(p, value.comparisonOperator());
        v.oneOf(p, value.comparisonOperator(), DynamoDBShapes.COMPARISON_OPERATOR);
    }
}
