// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code UpdateGlobalSecondaryIndexAction} shape. */
public record UpdateGlobalSecondaryIndexAction(
        @JsonProperty("IndexName") String indexName,
        @JsonProperty("ProvisionedThroughput") ProvisionedThroughput provisionedThroughput,
        @JsonProperty("OnDemandThroughput") OnDemandThroughput onDemandThroughput,
        @JsonProperty("WarmThroughput") WarmThroughput warmThroughput) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, UpdateGlobalSecondaryIndexAction value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "indexName" : path + ".indexName";
        v.notNull(p, value.indexName());
        v.pattern(p, value.indexName(), DynamoDBShapes.INDEX_NAME_PATTERN);
        v.length(p, value.indexName(), 3, 255);
        p = path.isEmpty() ? "provisionedThroughput" : path + ".provisionedThroughput";
        ProvisionedThroughput.check(v, p, value.provisionedThroughput());
        p = path.isEmpty() ? "onDemandThroughput" : path + ".onDemandThroughput";
        OnDemandThroughput.check(v, p, value.onDemandThroughput());
        p = path.isEmpty() ? "warmThroughput" : path + ".warmThroughput";
        WarmThroughput.check(v, p, value.warmThroughput());
    }
}
