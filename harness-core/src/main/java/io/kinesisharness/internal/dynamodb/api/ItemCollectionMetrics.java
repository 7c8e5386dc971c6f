// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import io.kinesisharness.internal.dynamodb.model.AttributeValue;
import java.util.List;
import java.util.Map;

/** AWS's {@code ItemCollectionMetrics} shape. */
public record ItemCollectionMetrics(
        @JsonProperty("ItemCollectionKey") Map<String, AttributeValue> itemCollectionKey,
        @JsonProperty("SizeEstimateRangeGB") List<Double> sizeEstimateRangeGB) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ItemCollectionMetrics value) {
    }
}
