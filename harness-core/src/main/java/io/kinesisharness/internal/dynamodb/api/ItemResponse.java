// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import java.util.Map;

/** AWS's {@code ItemResponse} shape. */
public record ItemResponse(
        @JsonProperty("Item") Map<String, AttributeValue> item) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ItemResponse value) {
    }
}
