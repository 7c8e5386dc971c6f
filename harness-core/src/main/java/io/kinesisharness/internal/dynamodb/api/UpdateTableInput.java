// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code UpdateTableInput} shape. */
public record UpdateTableInput(
        @JsonProperty("AttributeDefinitions") List<AttributeDefinition> attributeDefinitions,
        @JsonProperty("TableName") String tableName,
        @JsonProperty("BillingMode") String billingMode,
        @JsonProperty("ProvisionedThroughput") ProvisionedThroughput provisionedThroughput,
        @JsonProperty("GlobalSecondaryIndexUpdates") List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates,
        @JsonProperty("StreamSpecification") StreamSpecification streamSpecification,
        @JsonProperty("SSESpecification") SSESpecification sSESpecification,
        @JsonProperty("ReplicaUpdates") List<ReplicationGroupUpdate> replicaUpdates,
        @JsonProperty("TableClass") String tableClass,
        @JsonProperty("DeletionProtectionEnabled") Boolean deletionProtectionEnabled,
        @JsonProperty("MultiRegionConsistency") String multiRegionConsistency,
        @JsonProperty("GlobalTableWitnessUpdates") List<GlobalTableWitnessGroupUpdate> globalTableWitnessUpdates,
        @JsonProperty("OnDemandThroughput") OnDemandThroughput onDemandThroughput,
        @JsonProperty("WarmThroughput") WarmThroughput warmThroughput,
        @JsonProperty("GlobalTableSettingsReplicationMode") String globalTableSettingsReplicationMode,
        @JsonProperty("VectorIndexUpdates") List<VectorIndexUpdate> vectorIndexUpdates) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, UpdateTableInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "attributeDefinitions" : path + ".attributeDefinitions";
        if (value.attributeDefinitions() != null) {
            for (int i = 0; i < value.attributeDefinitions().size(); i++) {
                AttributeDefinition.check(v, p + "." + (i + 1) + ".member", value.attributeDefinitions().get(i));
            }
        }
        p = path.isEmpty() ? "tableName" : path + ".tableName";
        v.notNull(p, value.tableName());
        v.length(p, value.tableName(), 1, 1024);
        p = path.isEmpty() ? "billingMode" : path + ".billingMode";
        v.oneOf(p, value.billingMode(), DynamoDBShapes.BILLING_MODE);
        p = path.isEmpty() ? "provisionedThroughput" : path + ".provisionedThroughput";
        ProvisionedThroughput.check(v, p, value.provisionedThroughput());
        p = path.isEmpty() ? "globalSecondaryIndexUpdates" : path + ".globalSecondaryIndexUpdates";
        if (value.globalSecondaryIndexUpdates() != null) {
            for (int i = 0; i < value.globalSecondaryIndexUpdates().size(); i++) {
                GlobalSecondaryIndexUpdate.check(v, p + "." + (i + 1) + ".member", value.globalSecondaryIndexUpdates().get(i));
            }
        }
        p = path.isEmpty() ? "streamSpecification" : path + ".streamSpecification";
        StreamSpecification.check(v, p, value.streamSpecification());
        p = path.isEmpty() ? "sSESpecification" : path + ".sSESpecification";
        SSESpecification.check(v, p, value.sSESpecification());
        p = path.isEmpty() ? "replicaUpdates" : path + ".replicaUpdates";
        v.size(p, value.replicaUpdates(), 1, 2147483647);
        if (value.replicaUpdates() != null) {
            for (int i = 0; i < value.replicaUpdates().size(); i++) {
                ReplicationGroupUpdate.check(v, p + "." + (i + 1) + ".member", value.replicaUpdates().get(i));
            }
        }
        p = path.isEmpty() ? "tableClass" : path + ".tableClass";
        v.oneOf(p, value.tableClass(), DynamoDBShapes.TABLE_CLASS);
        p = path.isEmpty() ? "multiRegionConsistency" : path + ".multiRegionConsistency";
        v.oneOf(p, value.multiRegionConsistency(), DynamoDBShapes.MULTI_REGION_CONSISTENCY);
        p = path.isEmpty() ? "globalTableWitnessUpdates" : path + ".globalTableWitnessUpdates";
        v.size(p, value.globalTableWitnessUpdates(), 1, 1);
        if (value.globalTableWitnessUpdates() != null) {
            for (int i = 0; i < value.globalTableWitnessUpdates().size(); i++) {
                GlobalTableWitnessGroupUpdate.check(v, p + "." + (i + 1) + ".member", value.globalTableWitnessUpdates().get(i));
            }
        }
        p = path.isEmpty() ? "onDemandThroughput" : path + ".onDemandThroughput";
        OnDemandThroughput.check(v, p, value.onDemandThroughput());
        p = path.isEmpty() ? "warmThroughput" : path + ".warmThroughput";
        WarmThroughput.check(v, p, value.warmThroughput());
        p = path.isEmpty() ? "globalTableSettingsReplicationMode" : path + ".globalTableSettingsReplicationMode";
        v.oneOf(p, value.globalTableSettingsReplicationMode(), DynamoDBShapes.GLOBAL_TABLE_SETTINGS_REPLICATION_MODE);
        p = path.isEmpty() ? "vectorIndexUpdates" : path + ".vectorIndexUpdates";
        if (value.vectorIndexUpdates() != null) {
            for (int i = 0; i < value.vectorIndexUpdates().size(); i++) {
                VectorIndexUpdate.check(v, p + "." + (i + 1) + ".member", value.vectorIndexUpdates().get(i));
            }
        }
    }
}
