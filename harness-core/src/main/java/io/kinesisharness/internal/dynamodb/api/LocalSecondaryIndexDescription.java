// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code LocalSecondaryIndexDescription} shape. */
public record LocalSecondaryIndexDescription(
        @JsonProperty("IndexName") String indexName,
        @JsonProperty("KeySchema") List<KeySchemaElement> keySchema,
        @JsonProperty("Projection") Projection projection,
        @JsonProperty("IndexSizeBytes") Long indexSizeBytes,
        @JsonProperty("ItemCount") Long itemCount,
        @JsonProperty("IndexArn") String indexArn) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, LocalSecondaryIndexDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "indexName" : path + ".indexName";
        v.pattern(p, value.indexName(), DynamoDBShapes.INDEX_NAME_PATTERN);
        v.length(p, value.indexName(), 3, 255);
        p = path.isEmpty() ? "keySchema" : path + ".keySchema";
        v.size(p, value.keySchema(), 1, 2147483647);
        if (value.keySchema() != null) {
            for (int i = 0; i < value.keySchema().size(); i++) {
                KeySchemaElement.check(v, p + "." + (i + 1) + ".member", value.keySchema().get(i));
            }
        }
        p = path.isEmpty() ? "projection" : path + ".projection";
        Projection.check(v, p, value.projection());
    }
}
