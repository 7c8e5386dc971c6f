package io.kinesisharness.samples.inventory;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The stock level of each SKU, one DynamoDB item per SKU. A movement is applied at most once: its id goes into the
 * item's {@code applied} set in the same conditional update that changes the quantity, so a movement KCL delivers
 * again (after a worker crashed before its checkpoint) changes nothing. (A real table would keep a bounded window of
 * ids; a sample keeps them all.)
 */
public final class StockLevels {

    private final DynamoDbClient dynamo;
    private final String table;

    public StockLevels(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    public void createTable() {
        dynamo.createTable(b -> b.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("sku").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("sku").attributeType(ScalarAttributeType.S)));
    }

    /** Applies the movement unless it was applied before; returns whether it changed the level. */
    public boolean apply(StockMovement movement) {
        try {
            dynamo.updateItem(b -> b.tableName(table).key(Map.of("sku", AttributeValue.fromS(movement.sku())))
                    .updateExpression("ADD quantity :delta, applied :ids")
                    .conditionExpression("NOT contains(applied, :id)")
                    .expressionAttributeValues(Map.of(
                            ":delta", AttributeValue.fromN(Integer.toString(movement.delta())),
                            ":ids", AttributeValue.fromSs(java.util.List.of(movement.movementId())),
                            ":id", AttributeValue.fromS(movement.movementId()))));
            return true;
        } catch (ConditionalCheckFailedException alreadyApplied) {
            return false;
        }
    }

    /** The SKU's quantity on hand (0 if it never moved). */
    public long quantity(String sku) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Map.of("sku", AttributeValue.fromS(sku))).consistentRead(true)).item();
        return item.containsKey("quantity") ? Long.parseLong(item.get("quantity").n()) : 0;
    }

    /** How many movements were applied to the SKU. */
    public int movementsApplied(String sku) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table)
                .key(Map.of("sku", AttributeValue.fromS(sku))).consistentRead(true)).item();
        return item.containsKey("applied") ? item.get("applied").ss().size() : 0;
    }
}
