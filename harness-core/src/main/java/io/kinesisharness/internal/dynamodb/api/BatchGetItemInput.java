// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.Map;

/** AWS's {@code BatchGetItemInput} shape. */
public record BatchGetItemInput(
        @JsonProperty("RequestItems") Map<String, KeysAndAttributes> requestItems,
        @JsonProperty("ReturnConsumedCapacity") String returnConsumedCapacity) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, BatchGetItemInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "requestItems" : path + ".requestItems";
        v.notNull(p, value.requestItems());
        v.size(p, value.requestItems(), 1, 100);
        p = path.isEmpty() ? "returnConsumedCapacity" : path + ".returnConsumedCapacity";
        v.oneOf(p, value.returnConsumedCapacity(), DynamoDBShapes.RETURN_CONSUMED_CAPACITY);
    }
}
