// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;
import java.util.List;

/** AWS's {@code ReplicaDescription} shape. */
public record ReplicaDescription(
        @JsonProperty("RegionName") String regionName,
        @JsonProperty("ReplicaStatus") String replicaStatus,
        @JsonProperty("ReplicaArn") String replicaArn,
        @JsonProperty("ReplicaStatusDescription") String replicaStatusDescription,
        @JsonProperty("ReplicaStatusPercentProgress") String replicaStatusPercentProgress,
        @JsonProperty("KMSMasterKeyId") String kMSMasterKeyId,
        @JsonProperty("ProvisionedThroughputOverride") ProvisionedThroughputOverride provisionedThroughputOverride,
        @JsonProperty("OnDemandThroughputOverride") OnDemandThroughputOverride onDemandThroughputOverride,
        @JsonProperty("WarmThroughput") TableWarmThroughputDescription warmThroughput,
        @JsonProperty("GlobalSecondaryIndexes") List<ReplicaGlobalSecondaryIndexDescription> globalSecondaryIndexes,
        @JsonProperty("ReplicaInaccessibleDateTime") Instant replicaInaccessibleDateTime,
        @JsonProperty("ReplicaTableClassSummary") TableClassSummary replicaTableClassSummary,
        @JsonProperty("GlobalTableSettingsReplicationMode") String globalTableSettingsReplicationMode) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ReplicaDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "replicaStatus" : path + ".replicaStatus";
        v.oneOf(p, value.replicaStatus(), DynamoDBShapes.REPLICA_STATUS);
        p = path.isEmpty() ? "provisionedThroughputOverride" : path + ".provisionedThroughputOverride";
        ProvisionedThroughputOverride.check(v, p, value.provisionedThroughputOverride());
        p = path.isEmpty() ? "onDemandThroughputOverride" : path + ".onDemandThroughputOverride";
        OnDemandThroughputOverride.check(v, p, value.onDemandThroughputOverride());
        p = path.isEmpty() ? "warmThroughput" : path + ".warmThroughput";
        TableWarmThroughputDescription.check(v, p, value.warmThroughput());
        p = path.isEmpty() ? "globalSecondaryIndexes" : path + ".globalSecondaryIndexes";
        if (value.globalSecondaryIndexes() != null) {
            for (int i = 0; i < value.globalSecondaryIndexes().size(); i++) {
                ReplicaGlobalSecondaryIndexDescription.check(v, p + "." + (i + 1) + ".member", value.globalSecondaryIndexes().get(i));
            }
        }
        p = path.isEmpty() ? "replicaTableClassSummary" : path + ".replicaTableClassSummary";
        TableClassSummary.check(v, p, value.replicaTableClassSummary());
        p = path.isEmpty() ? "globalTableSettingsReplicationMode" : path + ".globalTableSettingsReplicationMode";
        v.oneOf(p, value.globalTableSettingsReplicationMode(), DynamoDBShapes.GLOBAL_TABLE_SETTINGS_REPLICATION_MODE);
    }
}
