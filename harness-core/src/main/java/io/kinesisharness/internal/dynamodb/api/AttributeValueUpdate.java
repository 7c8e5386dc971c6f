// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;

/** AWS's {@code AttributeValueUpdate} shape. */
public record AttributeValueUpdate(
        @JsonProperty("Value") AttributeValue value,
        @JsonProperty("Action") String action) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, AttributeValueUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "action" : path + ".action";
        v.oneOf(p, value.action(), DynamoDBShapes.ATTRIBUTE_ACTION);
    }
}
