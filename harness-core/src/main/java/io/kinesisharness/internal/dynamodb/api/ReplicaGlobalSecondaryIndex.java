// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ReplicaGlobalSecondaryIndex} shape. */
public record ReplicaGlobalSecondaryIndex(
        @JsonProperty("IndexName") String indexName,
        @JsonProperty("ProvisionedThroughputOverride") ProvisionedThroughputOverride provisionedThroughputOverride,
        @JsonProperty("OnDemandThroughputOverride") OnDemandThroughputOverride onDemandThroughputOverride) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ReplicaGlobalSecondaryIndex value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "indexName" : path + ".indexName";
        v.notNull(p, value.indexName());
        v.pattern(p, value.indexName(), DynamoDBShapes.INDEX_NAME_PATTERN);
        v.length(p, value.indexName(), 3, 255);
        p = path.isEmpty() ? "provisionedThroughputOverride" : path + ".provisionedThroughputOverride";
        ProvisionedThroughputOverride.check(v, p, value.provisionedThroughputOverride());
        p = path.isEmpty() ? "onDemandThroughputOverride" : path + ".onDemandThroughputOverride";
        OnDemandThroughputOverride.check(v, p, value.onDemandThroughputOverride());
    }
}
