// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code CreateTableInput} shape. */
public record CreateTableInput(
        @JsonProperty("AttributeDefinitions") List<AttributeDefinition> attributeDefinitions,
        @JsonProperty("TableName") String tableName,
        @JsonProperty("KeySchema") List<KeySchemaElement> keySchema,
        @JsonProperty("LocalSecondaryIndexes") List<LocalSecondaryIndex> localSecondaryIndexes,
        @JsonProperty("GlobalSecondaryIndexes") List<GlobalSecondaryIndex> globalSecondaryIndexes,
        @JsonProperty("BillingMode") String billingMode,
        @JsonProperty("ProvisionedThroughput") ProvisionedThroughput provisionedThroughput,
        @JsonProperty("StreamSpecification") StreamSpecification streamSpecification,
        @JsonProperty("SSESpecification") SSESpecification sSESpecification,
        @JsonProperty("Tags") List<Tag> tags,
        @JsonProperty("TableClass") String tableClass,
        @JsonProperty("DeletionProtectionEnabled") Boolean deletionProtectionEnabled,
        @JsonProperty("WarmThroughput") WarmThroughput warmThroughput,
        @JsonProperty("ResourcePolicy") String resourcePolicy,
        @JsonProperty("OnDemandThroughput") OnDemandThroughput onDemandThroughput,
        @JsonProperty("GlobalTableSourceArn") String globalTableSourceArn,
        @JsonProperty("GlobalTableSettingsReplicationMode") String globalTableSettingsReplicationMode,
        @JsonProperty("VectorIndexes") List<VectorIndex> vectorIndexes) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CreateTableInput value) {
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
        p = path.isEmpty() ? "keySchema" : path + ".keySchema";
        v.size(p, value.keySchema(), 1, 2147483647);
        if (value.keySchema() != null) {
            for (int i = 0; i < value.keySchema().size(); i++) {
                KeySchemaElement.check(v, p + "." + (i + 1) + ".member", value.keySchema().get(i));
            }
        }
        p = path.isEmpty() ? "localSecondaryIndexes" : path + ".localSecondaryIndexes";
        if (value.localSecondaryIndexes() != null) {
            for (int i = 0; i < value.localSecondaryIndexes().size(); i++) {
                LocalSecondaryIndex.check(v, p + "." + (i + 1) + ".member", value.localSecondaryIndexes().get(i));
            }
        }
        p = path.isEmpty() ? "globalSecondaryIndexes" : path + ".globalSecondaryIndexes";
        if (value.globalSecondaryIndexes() != null) {
            for (int i = 0; i < value.globalSecondaryIndexes().size(); i++) {
                GlobalSecondaryIndex.check(v, p + "." + (i + 1) + ".member", value.globalSecondaryIndexes().get(i));
            }
        }
        p = path.isEmpty() ? "billingMode" : path + ".billingMode";
        v.oneOf(p, value.billingMode(), DynamoDBShapes.BILLING_MODE);
        p = path.isEmpty() ? "provisionedThroughput" : path + ".provisionedThroughput";
        ProvisionedThroughput.check(v, p, value.provisionedThroughput());
        p = path.isEmpty() ? "streamSpecification" : path + ".streamSpecification";
        StreamSpecification.check(v, p, value.streamSpecification());
        p = path.isEmpty() ? "sSESpecification" : path + ".sSESpecification";
        SSESpecification.check(v, p, value.sSESpecification());
        p = path.isEmpty() ? "tags" : path + ".tags";
        if (value.tags() != null) {
            for (int i = 0; i < value.tags().size(); i++) {
                Tag.check(v, p + "." + (i + 1) + ".member", value.tags().get(i));
            }
        }
        p = path.isEmpty() ? "tableClass" : path + ".tableClass";
        v.oneOf(p, value.tableClass(), DynamoDBShapes.TABLE_CLASS);
        p = path.isEmpty() ? "warmThroughput" : path + ".warmThroughput";
        WarmThroughput.check(v, p, value.warmThroughput());
        p = path.isEmpty() ? "onDemandThroughput" : path + ".onDemandThroughput";
        OnDemandThroughput.check(v, p, value.onDemandThroughput());
        p = path.isEmpty() ? "globalTableSourceArn" : path + ".globalTableSourceArn";
        v.length(p, value.globalTableSourceArn(), 1, 1024);
        p = path.isEmpty() ? "globalTableSettingsReplicationMode" : path + ".globalTableSettingsReplicationMode";
        v.oneOf(p, value.globalTableSettingsReplicationMode(), DynamoDBShapes.GLOBAL_TABLE_SETTINGS_REPLICATION_MODE);
        p = path.isEmpty() ? "vectorIndexes" : path + ".vectorIndexes";
        if (value.vectorIndexes() != null) {
            for (int i = 0; i < value.vectorIndexes().size(); i++) {
                VectorIndex.check(v, p + "." + (i + 1) + ".member", value.vectorIndexes().get(i));
            }
        }
    }
}
