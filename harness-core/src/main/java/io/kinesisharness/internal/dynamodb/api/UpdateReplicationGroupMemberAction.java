// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code UpdateReplicationGroupMemberAction} shape. */
public record UpdateReplicationGroupMemberAction(
        @JsonProperty("RegionName") String regionName,
        @JsonProperty("KMSMasterKeyId") String kMSMasterKeyId,
        @JsonProperty("ProvisionedThroughputOverride") ProvisionedThroughputOverride provisionedThroughputOverride,
        @JsonProperty("OnDemandThroughputOverride") OnDemandThroughputOverride onDemandThroughputOverride,
        @JsonProperty("GlobalSecondaryIndexes") List<ReplicaGlobalSecondaryIndex> globalSecondaryIndexes,
        @JsonProperty("TableClassOverride") String tableClassOverride) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, UpdateReplicationGroupMemberAction value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "regionName" : path + ".regionName";
        v.notNull(p, value.regionName());
        p = path.isEmpty() ? "provisionedThroughputOverride" : path + ".provisionedThroughputOverride";
        ProvisionedThroughputOverride.check(v, p, value.provisionedThroughputOverride());
        p = path.isEmpty() ? "onDemandThroughputOverride" : path + ".onDemandThroughputOverride";
        OnDemandThroughputOverride.check(v, p, value.onDemandThroughputOverride());
        p = path.isEmpty() ? "globalSecondaryIndexes" : path + ".globalSecondaryIndexes";
        v.size(p, value.globalSecondaryIndexes(), 1, 2147483647);
        if (value.globalSecondaryIndexes() != null) {
            for (int i = 0; i < value.globalSecondaryIndexes().size(); i++) {
                ReplicaGlobalSecondaryIndex.check(v, p + "." + (i + 1) + ".member", value.globalSecondaryIndexes().get(i));
            }
        }
        p = path.isEmpty() ? "tableClassOverride" : path + ".tableClassOverride";
        v.oneOf(p, value.tableClassOverride(), DynamoDBShapes.TABLE_CLASS);
    }
}
