// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;
import java.util.List;

/** AWS's {@code TableDescription} shape. */
public record TableDescription(
        @JsonProperty("AttributeDefinitions") List<AttributeDefinition> attributeDefinitions,
        @JsonProperty("TableName") String tableName,
        @JsonProperty("KeySchema") List<KeySchemaElement> keySchema,
        @JsonProperty("TableStatus") String tableStatus,
        @JsonProperty("CreationDateTime") Instant creationDateTime,
        @JsonProperty("ProvisionedThroughput") ProvisionedThroughputDescription provisionedThroughput,
        @JsonProperty("TableSizeBytes") Long tableSizeBytes,
        @JsonProperty("ItemCount") Long itemCount,
        @JsonProperty("TableArn") String tableArn,
        @JsonProperty("TableId") String tableId,
        @JsonProperty("BillingModeSummary") BillingModeSummary billingModeSummary,
        @JsonProperty("LocalSecondaryIndexes") List<LocalSecondaryIndexDescription> localSecondaryIndexes,
        @JsonProperty("GlobalSecondaryIndexes") List<GlobalSecondaryIndexDescription> globalSecondaryIndexes,
        @JsonProperty("StreamSpecification") StreamSpecification streamSpecification,
        @JsonProperty("LatestStreamLabel") String latestStreamLabel,
        @JsonProperty("LatestStreamArn") String latestStreamArn,
        @JsonProperty("GlobalTableVersion") String globalTableVersion,
        @JsonProperty("Replicas") List<ReplicaDescription> replicas,
        @JsonProperty("GlobalTableWitnesses") List<GlobalTableWitnessDescription> globalTableWitnesses,
        @JsonProperty("GlobalTableSettingsReplicationMode") String globalTableSettingsReplicationMode,
        @JsonProperty("RestoreSummary") RestoreSummary restoreSummary,
        @JsonProperty("SSEDescription") SSEDescription sSEDescription,
        @JsonProperty("ArchivalSummary") ArchivalSummary archivalSummary,
        @JsonProperty("TableClassSummary") TableClassSummary tableClassSummary,
        @JsonProperty("DeletionProtectionEnabled") Boolean deletionProtectionEnabled,
        @JsonProperty("OnDemandThroughput") OnDemandThroughput onDemandThroughput,
        @JsonProperty("WarmThroughput") TableWarmThroughputDescription warmThroughput,
        @JsonProperty("MultiRegionConsistency") String multiRegionConsistency,
        @JsonProperty("VectorIndexes") List<VectorIndexDescription> vectorIndexes) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, TableDescription value) {
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
        v.pattern(p, value.tableName(), DynamoDBShapes.TABLE_NAME_PATTERN);
        v.length(p, value.tableName(), 3, 255);
        p = path.isEmpty() ? "keySchema" : path + ".keySchema";
        v.size(p, value.keySchema(), 1, 2147483647);
        if (value.keySchema() != null) {
            for (int i = 0; i < value.keySchema().size(); i++) {
                KeySchemaElement.check(v, p + "." + (i + 1) + ".member", value.keySchema().get(i));
            }
        }
        p = path.isEmpty() ? "tableStatus" : path + ".tableStatus";
        v.oneOf(p, value.tableStatus(), DynamoDBShapes.TABLE_STATUS);
        p = path.isEmpty() ? "provisionedThroughput" : path + ".provisionedThroughput";
        ProvisionedThroughputDescription.check(v, p, value.provisionedThroughput());
        p = path.isEmpty() ? "tableId" : path + ".tableId";
        v.pattern(p, value.tableId(), DynamoDBShapes.TABLE_ID_PATTERN);
        p = path.isEmpty() ? "billingModeSummary" : path + ".billingModeSummary";
        BillingModeSummary.check(v, p, value.billingModeSummary());
        p = path.isEmpty() ? "localSecondaryIndexes" : path + ".localSecondaryIndexes";
        if (value.localSecondaryIndexes() != null) {
            for (int i = 0; i < value.localSecondaryIndexes().size(); i++) {
                LocalSecondaryIndexDescription.check(v, p + "." + (i + 1) + ".member", value.localSecondaryIndexes().get(i));
            }
        }
        p = path.isEmpty() ? "globalSecondaryIndexes" : path + ".globalSecondaryIndexes";
        if (value.globalSecondaryIndexes() != null) {
            for (int i = 0; i < value.globalSecondaryIndexes().size(); i++) {
                GlobalSecondaryIndexDescription.check(v, p + "." + (i + 1) + ".member", value.globalSecondaryIndexes().get(i));
            }
        }
        p = path.isEmpty() ? "streamSpecification" : path + ".streamSpecification";
        StreamSpecification.check(v, p, value.streamSpecification());
        p = path.isEmpty() ? "latestStreamArn" : path + ".latestStreamArn";
        v.length(p, value.latestStreamArn(), 37, 1024);
        p = path.isEmpty() ? "replicas" : path + ".replicas";
        if (value.replicas() != null) {
            for (int i = 0; i < value.replicas().size(); i++) {
                ReplicaDescription.check(v, p + "." + (i + 1) + ".member", value.replicas().get(i));
            }
        }
        p = path.isEmpty() ? "globalTableWitnesses" : path + ".globalTableWitnesses";
        if (value.globalTableWitnesses() != null) {
            for (int i = 0; i < value.globalTableWitnesses().size(); i++) {
                GlobalTableWitnessDescription.check(v, p + "." + (i + 1) + ".member", value.globalTableWitnesses().get(i));
            }
        }
        p = path.isEmpty() ? "globalTableSettingsReplicationMode" : path + ".globalTableSettingsReplicationMode";
        v.oneOf(p, value.globalTableSettingsReplicationMode(), DynamoDBShapes.GLOBAL_TABLE_SETTINGS_REPLICATION_MODE);
        p = path.isEmpty() ? "restoreSummary" : path + ".restoreSummary";
        RestoreSummary.check(v, p, value.restoreSummary());
        p = path.isEmpty() ? "sSEDescription" : path + ".sSEDescription";
        SSEDescription.check(v, p, value.sSEDescription());
        p = path.isEmpty() ? "archivalSummary" : path + ".archivalSummary";
        ArchivalSummary.check(v, p, value.archivalSummary());
        p = path.isEmpty() ? "tableClassSummary" : path + ".tableClassSummary";
        TableClassSummary.check(v, p, value.tableClassSummary());
        p = path.isEmpty() ? "onDemandThroughput" : path + ".onDemandThroughput";
        OnDemandThroughput.check(v, p, value.onDemandThroughput());
        p = path.isEmpty() ? "warmThroughput" : path + ".warmThroughput";
        TableWarmThroughputDescription.check(v, p, value.warmThroughput());
        p = path.isEmpty() ? "multiRegionConsistency" : path + ".multiRegionConsistency";
        v.oneOf(p, value.multiRegionConsistency(), DynamoDBShapes.MULTI_REGION_CONSISTENCY);
        p = path.isEmpty() ? "vectorIndexes" : path + ".vectorIndexes";
        if (value.vectorIndexes() != null) {
            for (int i = 0; i < value.vectorIndexes().size(); i++) {
                VectorIndexDescription.check(v, p + "." + (i + 1) + ".member", value.vectorIndexes().get(i));
            }
        }
    }
}
