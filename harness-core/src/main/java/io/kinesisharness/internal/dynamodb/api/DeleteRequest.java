// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import java.util.Map;

/** AWS's {@code DeleteRequest} shape. */
public record DeleteRequest(
        @JsonProperty("Key") Map<String, AttributeValue> key) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DeleteRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "key" : path + ".key";
        v.notNull(p, value.key());
    }
}
