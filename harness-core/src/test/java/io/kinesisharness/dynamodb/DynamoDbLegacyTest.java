package io.kinesisharness.dynamodb;

import static io.kinesisharness.dynamodb.DynamoDbClients.item;
import static io.kinesisharness.dynamodb.DynamoDbClients.n;
import static io.kinesisharness.dynamodb.DynamoDbClients.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kinesisharness.KinesisHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The legacy parameters, as KCL's lease code sends them (Expected, AttributeUpdates) and as older code queries
 * (KeyConditions, QueryFilter, ScanFilter, AttributesToGet).
 */
class DynamoDbLegacyTest {

    private KinesisHarness harness;
    private DynamoDbClient dynamo;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().start();
        dynamo = DynamoDbClients.dynamo(harness);
        dynamo.createTable(b -> b.tableName("leases").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("leaseKey").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("leaseKey").keyType(KeyType.HASH)));
    }

    @AfterEach
    void stop() {
        dynamo.close();
        harness.close();
    }

    private static ExpectedAttributeValue equalTo(AttributeValue v) {
        return ExpectedAttributeValue.builder().value(v).build();
    }

    private static ExpectedAttributeValue absent() {
        return ExpectedAttributeValue.builder().exists(false).build();
    }

    @Test
    void a_lease_is_created_once_and_renewed_only_at_its_counter_as_kcl_does_it() {
        Map<String, AttributeValue> lease = item("leaseKey", s("shardId-0"), "leaseCounter", n("0"), "checkpoint",
                s("TRIM_HORIZON"), "ownerSwitchesSinceCheckpoint", n("0"),
                "parentShardId", AttributeValue.fromSs(List.of("shardId-p")));
        dynamo.putItem(b -> b.tableName("leases").item(lease).expected(Map.of("leaseKey", absent())));
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("leases").item(lease)
                .expected(Map.of("leaseKey", absent())))).isInstanceOf(ConditionalCheckFailedException.class);

        Map<String, AttributeValue> key = item("leaseKey", s("shardId-0"));
        dynamo.updateItem(b -> b.tableName("leases").key(key)
                .expected(Map.of("leaseCounter", equalTo(n("0")), "checkpointOwner", absent()))
                .attributeUpdates(Map.of("leaseCounter", AttributeValueUpdate.builder().value(n("1"))
                                .action(AttributeAction.PUT).build(),
                        "throughputKBps", AttributeValueUpdate.builder().value(n("1.0E-6")).build()))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
        ConditionalCheckFailedException stale = catchThrowableOfType(() -> dynamo.updateItem(b -> b
                .tableName("leases").key(key).expected(Map.of("leaseCounter", equalTo(n("0"))))
                .attributeUpdates(Map.of("leaseCounter", AttributeValueUpdate.builder().value(n("1")).build()))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)),
                ConditionalCheckFailedException.class);
        assertThat(stale.item().get("leaseCounter").n()).isEqualTo("1");

        var taken = dynamo.updateItem(b -> b.tableName("leases").key(key)
                .expected(Map.of("leaseOwner", absent(), "checkpointOwner", absent(), "leaseKey",
                        ExpectedAttributeValue.builder().exists(true).value(s("shardId-0")).build()))
                .attributeUpdates(Map.of("leaseOwner", AttributeValueUpdate.builder().value(s("worker-1"))
                                .action(AttributeAction.PUT).build(),
                        "checkpointOwner", AttributeValueUpdate.builder().action(AttributeAction.DELETE).build(),
                        "ownerSwitchesSinceCheckpoint", AttributeValueUpdate.builder().value(n("1"))
                                .action(AttributeAction.ADD).build(),
                        "leaseCounter", AttributeValueUpdate.builder().value(n("1")).action(AttributeAction.ADD)
                                .build()))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        assertThat(taken.get("leaseCounter").n()).isEqualTo("2");
        assertThat(taken.get("ownerSwitchesSinceCheckpoint").n()).isEqualTo("1");
        assertThat(taken.get("leaseOwner").s()).isEqualTo("worker-1");
        assertThat(taken.get("throughputKBps").n()).isEqualTo("0.000001");
        assertThat(taken).doesNotContainKey("checkpointOwner");
    }

    @Test
    void legacy_comparisons_and_their_rules() {
        dynamo.putItem(b -> b.tableName("leases").item(item("leaseKey", s("a"), "n", n("5"), "s", s("hello"))));
        Map<String, AttributeValue> key = item("leaseKey", s("a"));
        dynamo.deleteItem(b -> b.tableName("leases").key(item("leaseKey", s("none")))
                .expected(Map.of("n", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.NULL)
                        .build())));
        assertThatThrownBy(() -> dynamo.updateItem(b -> b.tableName("leases").key(key)
                .expected(Map.of("n", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.GT)
                        .attributeValueList(n("5")).build()))
                .attributeUpdates(Map.of("x", AttributeValueUpdate.builder().value(n("1")).build()))))
                .isInstanceOf(ConditionalCheckFailedException.class);
        dynamo.updateItem(b -> b.tableName("leases").key(key)
                .expected(Map.of("n", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.BETWEEN)
                        .attributeValueList(n("1"), n("5")).build(), "s", ExpectedAttributeValue.builder()
                        .comparisonOperator(ComparisonOperator.BEGINS_WITH).attributeValueList(s("he")).build()))
                .attributeUpdates(Map.of("x", AttributeValueUpdate.builder().value(n("1")).build())));
        assertThatThrownBy(() -> dynamo.updateItem(b -> b.tableName("leases").key(key)
                .expected(Map.of("n", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.EQ)
                        .build()))
                .attributeUpdates(Map.of("x", AttributeValueUpdate.builder().value(n("1")).build()))))
                .hasMessageStartingWith("One or more parameter values were invalid: Invalid number of argument(s) for "
                        + "the EQ ComparisonOperator");
        assertThatThrownBy(() -> dynamo.updateItem(b -> b.tableName("leases").key(key)
                .expected(Map.of("n", ExpectedAttributeValue.builder().build()))))
                .hasMessageStartingWith("One or more parameter values were invalid: Value must be provided when "
                        + "Exists is null for Attribute: n");
        assertThatThrownBy(() -> dynamo.updateItem(b -> b.tableName("leases").key(key)
                .attributeUpdates(Map.of("leaseKey", AttributeValueUpdate.builder().value(s("b")).build()))))
                .hasMessageStartingWith("One or more parameter values were invalid: Cannot update attribute leaseKey. "
                        + "This attribute is part of the key");
    }

    @Test
    void legacy_scans_filter_and_pick_attributes() {
        for (int i = 0; i < 10; i++) {
            int v = i;
            dynamo.putItem(b -> b.tableName("leases").item(item("leaseKey", s("k" + v), "n", n(String.valueOf(v)),
                    "extra", s("e"))));
        }
        var scanned = dynamo.scan(b -> b.tableName("leases").scanFilter(Map.of("n", Condition.builder()
                .comparisonOperator(ComparisonOperator.GE).attributeValueList(n("7")).build()))
                .attributesToGet("leaseKey", "n"));
        assertThat(scanned.count()).isEqualTo(3);
        assertThat(scanned.scannedCount()).isEqualTo(10);
        assertThat(scanned.items()).allSatisfy(i -> assertThat(i.keySet()).containsExactlyInAnyOrder("leaseKey", "n"));
        var either = dynamo.scan(b -> b.tableName("leases").conditionalOperator("OR").scanFilter(Map.of(
                "n", Condition.builder().comparisonOperator(ComparisonOperator.EQ).attributeValueList(n("1")).build(),
                "leaseKey", Condition.builder().comparisonOperator(ComparisonOperator.EQ)
                        .attributeValueList(s("k2")).build())));
        assertThat(either.count()).isEqualTo(2);
    }
}
