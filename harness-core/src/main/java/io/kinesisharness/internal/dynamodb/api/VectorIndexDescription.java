// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code VectorIndexDescription} shape. */
public record VectorIndexDescription(
        @JsonProperty("IndexName") String indexName,
        @JsonProperty("SearchSchema") List<SearchSchemaElement> searchSchema,
        @JsonProperty("Projection") Projection projection,
        @JsonProperty("VectorAttribute") VectorAttributeDefinition vectorAttribute,
        @JsonProperty("Dimensions") Long dimensions,
        @JsonProperty("DistanceFunction") String distanceFunction,
        @JsonProperty("IndexStatus") String indexStatus,
        @JsonProperty("Backfilling") Boolean backfilling,
        @JsonProperty("IndexSizeBytes") Long indexSizeBytes,
        @JsonProperty("ItemCount") Long itemCount,
        @JsonProperty("IndexArn") String indexArn) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, VectorIndexDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "indexName" : path + ".indexName";
        v.pattern(p, value.indexName(), DynamoDBShapes.INDEX_NAME_PATTERN);
        v.length(p, value.indexName(), 3, 255);
        p = path.isEmpty() ? "searchSchema" : path + ".searchSchema";
        v.size(p, value.searchSchema(), 1, 2147483647);
        if (value.searchSchema() != null) {
            for (int i = 0; i < value.searchSchema().size(); i++) {
                SearchSchemaElement.check(v, p + "." + (i + 1) + ".member", value.searchSchema().get(i));
            }
        }
        p = path.isEmpty() ? "projection" : path + ".projection";
        Projection.check(v, p, value.projection());
        p = path.isEmpty() ? "vectorAttribute" : path + ".vectorAttribute";
        VectorAttributeDefinition.check(v, p, value.vectorAttribute());
        p = path.isEmpty() ? "dimensions" : path + ".dimensions";
        v.range(p, value.dimensions(), 1L, 9223372036854775807L);
        p = path.isEmpty() ? "distanceFunction" : path + ".distanceFunction";
        v.oneOf(p, value.distanceFunction(), DynamoDBShapes.VECTOR_DISTANCE_FUNCTION);
        p = path.isEmpty() ? "indexStatus" : path + ".indexStatus";
        v.oneOf(p, value.indexStatus(), DynamoDBShapes.INDEX_STATUS);
    }
}
