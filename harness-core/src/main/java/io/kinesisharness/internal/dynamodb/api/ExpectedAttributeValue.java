// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import java.util.List;

/** AWS's {@code ExpectedAttributeValue} shape. */
public record ExpectedAttributeValue(
        @JsonProperty("Value") AttributeValue value,
        @JsonProperty("Exists") Boolean exists,
        @JsonProperty("ComparisonOperator") String comparisonOperator,
        @JsonProperty("AttributeValueList") List<AttributeValue> attributeValueList) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ExpectedAttributeValue value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "comparisonOperator" : path + ".comparisonOperator";
        v.oneOf(p, value.comparisonOperator(), DynamoDBShapes.COMPARISON_OPERATOR);
    }
}
