// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** AWS's {@code BatchGetItemOutput} shape. */
public record BatchGetItemOutput(
        @JsonProperty("Responses") Map<String, List<Map<String, AttributeValue>>> responses,
        @JsonProperty("UnprocessedKeys") Map<String, KeysAndAttributes> unprocessedKeys,
        @JsonProperty("ConsumedCapacity") List<ConsumedCapacity> consumedCapacity) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, BatchGetItemOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "unprocessedKeys" : path + ".unprocessedKeys";
        v.size(p, value.unprocessedKeys(), 1, 100);
        p = path.isEmpty() ? "consumedCapacity" : path + ".consumedCapacity";
        if (value.consumedCapacity() != null) {
            for (int i = 0; i < value.consumedCapacity().size(); i++) {
                ConsumedCapacity.check(v, p + "." + (i + 1) + ".member", value.consumedCapacity().get(i));
            }
        }
    }
}
