// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code AttributeDefinition} shape. */
public record AttributeDefinition(
        @JsonProperty("AttributeName") String attributeName,
        @JsonProperty("AttributeType") String attributeType) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, AttributeDefinition value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "attributeName" : path + ".attributeName";
        v.notNull(p, value.attributeName());
        v.length(p, value.attributeName(), 1, 255);
        p = path.isEmpty() ? "attributeType" : path + ".attributeType";
        v.notNull(p, value.attributeType());
        v.oneOf(p, value.attributeType(), DynamoDBShapes.SCALAR_ATTRIBUTE_TYPE);
    }
}
