// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code TransactWriteItemsInput} shape. */
public record TransactWriteItemsInput(
        @JsonProperty("TransactItems") List<TransactWriteItem> transactItems,
        @JsonProperty("ReturnConsumedCapacity") String returnConsumedCapacity,
        @JsonProperty("ReturnItemCollectionMetrics") String returnItemCollectionMetrics,
        @JsonProperty("ClientRequestToken") String clientRequestToken) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, TransactWriteItemsInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "transactItems" : path + ".transactItems";
        v.notNull(p, value.transactItems());
        v.size(p, value.transactItems(), 1, 100);
        if (value.transactItems() != null) {
            for (int i = 0; i < value.transactItems().size(); i++) {
                TransactWriteItem.check(v, p + "." + (i + 1) + ".member", value.transactItems().get(i));
            }
        }
        p = path.isEmpty() ? "returnConsumedCapacity" : path + ".returnConsumedCapacity";
        v.oneOf(p, value.returnConsumedCapacity(), DynamoDBShapes.RETURN_CONSUMED_CAPACITY);
        p = path.isEmpty() ? "returnItemCollectionMetrics" : path + ".returnItemCollectionMetrics";
        v.oneOf(p, value.returnItemCollectionMetrics(), DynamoDBShapes.RETURN_ITEM_COLLECTION_METRICS);
        p = path.isEmpty() ? "clientRequestToken" : path + ".clientRequestToken";
        v.length(p, value.clientRequestToken(), 1, 36);
    }
}
