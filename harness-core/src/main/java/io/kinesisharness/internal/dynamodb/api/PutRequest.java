// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import java.util.Map;

/** AWS's {@code PutRequest} shape. */
public record PutRequest(
        @JsonProperty("Item") Map<String, AttributeValue> item) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, PutRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "item" : path + ".item";
        v.notNull(p, value.item());
    }
}
