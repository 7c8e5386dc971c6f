// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import java.util.Map;

/** AWS's {@code GetItemOutput} shape. */
public record GetItemOutput(
        @JsonProperty("Item") Map<String, AttributeValue> item,
        @JsonProperty("ConsumedCapacity") ConsumedCapacity consumedCapacity) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, GetItemOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "consumedCapacity" : path + ".consumedCapacity";
        ConsumedCapacity.check(v, p, value.consumedCapacity());
    }
}
