// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code TransactGetItemsOutput} shape. */
public record TransactGetItemsOutput(
        @JsonProperty("ConsumedCapacity") List<ConsumedCapacity> consumedCapacity,
        @JsonProperty("Responses") List<ItemResponse> responses) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, TransactGetItemsOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "consumedCapacity" : path + ".consumedCapacity";
        if (value.consumedCapacity() != null) {
            for (int i = 0; i < value.consumedCapacity().size(); i++) {
                ConsumedCapacity.check(v, p + "." + (i + 1) + ".member", value.consumedCapacity().get(i));
            }
        }
        p = path.isEmpty() ? "responses" : path + ".responses";
        v.size(p, value.responses(), 1, 100);
        if (value.responses() != null) {
            for (int i = 0; i < value.responses().size(); i++) {
                ItemResponse.check(v, p + "." + (i + 1) + ".member", value.responses().get(i));
            }
        }
    }
}
