// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code GlobalSecondaryIndex} shape. */
public record GlobalSecondaryIndex(
        @JsonProperty("IndexName") String indexName,
        @JsonProperty("KeySchema") List<KeySchemaElement> keySchema,
        @JsonProperty("Projection") Projection projection,
        @JsonProperty("ProvisionedThroughput") ProvisionedThroughput provisionedThroughput,
        @JsonProperty("OnDemandThroughput") OnDemandThroughput onDemandThroughput,
        @JsonProperty("WarmThroughput") WarmThroughput warmThroughput) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, GlobalSecondaryIndex value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "indexName" : path + ".indexName";
        v.notNull(p, value.indexName());
        v.pattern(p, value.indexName(), DynamoDBShapes.INDEX_NAME_PATTERN);
        v.length(p, value.indexName(), 3, 255);
        p = path.isEmpty() ? "keySchema" : path + ".keySchema";
        v.notNull(p, value.keySchema());
        v.size(p, value.keySchema(), 1, 2147483647);
        if (value.keySchema() != null) {
            for (int i = 0; i < value.keySchema().size(); i++) {
                KeySchemaElement.check(v, p + "." + (i + 1) + ".member", value.keySchema().get(i));
            }
        }
        p = path.isEmpty() ? "projection" : path + ".projection";
        v.notNull(p, value.projection());
        Projection.check(v, p, value.projection());
        p = path.isEmpty() ? "provisionedThroughput" : path + ".provisionedThroughput";
        ProvisionedThroughput.check(v, p, value.provisionedThroughput());
        p = path.isEmpty() ? "onDemandThroughput" : path + ".onDemandThroughput";
        OnDemandThroughput.check(v, p, value.onDemandThroughput());
        p = path.isEmpty() ? "warmThroughput" : path + ".warmThroughput";
        WarmThroughput.check(v, p, value.warmThroughput());
    }
}
