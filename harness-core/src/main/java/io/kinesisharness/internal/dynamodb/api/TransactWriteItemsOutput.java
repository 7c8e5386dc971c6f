// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;
import java.util.Map;

/** AWS's {@code TransactWriteItemsOutput} shape. */
public record TransactWriteItemsOutput(
        @JsonProperty("ConsumedCapacity") List<ConsumedCapacity> consumedCapacity,
        @JsonProperty("ItemCollectionMetrics") Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, TransactWriteItemsOutput value) {
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
    }
}
