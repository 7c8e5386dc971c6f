// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code SearchSchemaElement} shape. */
public record SearchSchemaElement(
        @JsonProperty("AttributeName") String attributeName,
        @JsonProperty("SearchSchemaElementType") String searchSchemaElementType) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, SearchSchemaElement value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "attributeName" : path + ".attributeName";
        v.notNull(p, value.attributeName());
        v.length(p, value.attributeName(), 0, 65535);
        p = path.isEmpty() ? "searchSchemaElementType" : path + ".searchSchemaElementType";
        v.notNull(p, value.searchSchemaElementType());
        v.oneOf(p, value.searchSchemaElementType(), DynamoDBShapes.SEARCH_SCHEMA_ELEMENT_TYPE);
    }
}
