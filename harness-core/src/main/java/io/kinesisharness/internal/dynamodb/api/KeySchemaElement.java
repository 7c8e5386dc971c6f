// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code KeySchemaElement} shape. */
public record KeySchemaElement(
        @JsonProperty("AttributeName") String attributeName,
        @JsonProperty("KeyType") String keyType) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, KeySchemaElement value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "attributeName" : path + ".attributeName";
        v.notNull(p, value.attributeName());
        v.length(p, value.attributeName(), 1, 255);
        p = path.isEmpty() ? "keyType" : path + ".keyType";
        v.notNull(p, value.keyType());
        v.oneOf(p, value.keyType(), DynamoDBShapes.KEY_TYPE);
    }
}
