package io.kinesisharness.dynamodb;

import static io.kinesisharness.dynamodb.DynamoDbClients.item;
import static io.kinesisharness.dynamodb.DynamoDbClients.n;
import static io.kinesisharness.dynamodb.DynamoDbClients.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Provisioned throughput under {@code throttling(true)}: a table's capacity with DynamoDB's 300 seconds of burst, on
 * the harness clock, so a test spends it at one instant, sees ProvisionedThroughputExceededException with its
 * ThrottlingReasons, and frees capacity by advancing the clock. Writes that change a global index need its
 * capacity too; batches leave a spent table's requests unprocessed; an on-demand table is limited only by its
 * OnDemandThroughput maximum; an unthrottled harness never refuses.
 */
class DynamoDbThrottlingTest {

    private static final Instant START = Instant.parse("2026-12-07T00:00:00Z");

    private KinesisHarness harness;
    private DynamoDbClient dynamo;

    private void start(boolean throttling) {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).throttling(throttling).start();
        dynamo = DynamoDbClients.dynamo(harness);
    }

    @AfterEach
    void stop() {
        dynamo.close();
        harness.close();
    }

    private void provisioned(String name, long read, long write) {
        provisioned(name, read, write, read);
    }

    /** A provisioned table with a keys-only global index byKind of its own read capacity and 1 write unit. */
    private void provisioned(String name, long read, long write, long indexRead) {
        dynamo.createTable(b -> b.tableName(name).billingMode(BillingMode.PROVISIONED)
                .provisionedThroughput(p -> p.readCapacityUnits(read).writeCapacityUnits(write))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("kind").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("byKind")
                        .keySchema(k -> k.attributeName("kind").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
                        .provisionedThroughput(p -> p.readCapacityUnits(indexRead).writeCapacityUnits(1L))));
    }

    private void put(String table, String id) {
        dynamo.putItem(b -> b.tableName(table).item(item("id", s(id))));
    }

    @Test
    void a_table_spends_its_burst_then_is_throttled_until_the_clock_refills_it() {
        start(true);
        provisioned("orders", 1, 1);
        for (int i = 0; i < 300; i++) {
            put("orders", "o" + i);
        }
        assertThatThrownBy(() -> put("orders", "one-too-many"))
                .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> {
                    assertThat(e.getMessage()).startsWith("The level of configured provisioned throughput for the "
                            + "table was exceeded. Consider increasing your provisioning level with the UpdateTable "
                            + "API.");
                    assertThat(e.throttlingReasons()).containsExactly(ThrottlingReason.builder()
                            .reason("TableWriteProvisionedThroughputExceeded")
                            .resource("arn:aws:dynamodb:us-east-1:000000000000:table/orders").build());
                });
        assertThat(dynamo.getItem(b -> b.tableName("orders").key(item("id", s("one-too-many")))).hasItem())
                .as("a refused write writes nothing").isFalse();

        harness.clock().advance(Duration.ofSeconds(1));
        put("orders", "after-a-second");
        assertThatThrownBy(() -> put("orders", "and-no-more"))
                .isInstanceOf(ProvisionedThroughputExceededException.class);

        // Reads have their own capacity: a strongly consistent read of a small item costs a unit.
        for (int i = 0; i < 300; i++) {
            int n = i;
            dynamo.getItem(b -> b.tableName("orders").key(item("id", s("o" + n))).consistentRead(true));
        }
        assertThatThrownBy(() -> dynamo.getItem(b -> b.tableName("orders").key(item("id", s("o1")))))
                .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> assertThat(
                        e.throttlingReasons().get(0).reason()).isEqualTo("TableReadProvisionedThroughputExceeded"));
        assertThatThrownBy(() -> dynamo.scan(b -> b.tableName("orders")))
                .isInstanceOf(ProvisionedThroughputExceededException.class);
        // A second refills one unit: two eventually consistent reads, at half a unit each.
        harness.clock().advance(Duration.ofSeconds(1));
        dynamo.getItem(b -> b.tableName("orders").key(item("id", s("o1"))));
        dynamo.getItem(b -> b.tableName("orders").key(item("id", s("o2"))));
        assertThatThrownBy(() -> dynamo.getItem(b -> b.tableName("orders").key(item("id", s("o3")))))
                .isInstanceOf(ProvisionedThroughputExceededException.class);

        dynamo.updateTable(b -> b.tableName("orders").provisionedThroughput(p -> p.readCapacityUnits(5L)
                .writeCapacityUnits(5L)));
        put("orders", "after-the-update");
        assertThat(dynamo.scan(b -> b.tableName("orders")).count()).isEqualTo(302);
    }

    @Test
    void a_write_that_changes_a_global_index_needs_the_index_capacity_too() {
        start(true);
        provisioned("events", 1000, 1000);
        for (int i = 0; i < 300; i++) {
            int n = i;
            dynamo.putItem(b -> b.tableName("events").item(item("id", s("e" + n), "kind", s("click"))));
        }
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("events").item(item("id", s("x"), "kind",
                s("click"))))).isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> {
                    assertThat(e.getMessage()).startsWith("The level of configured provisioned throughput for one or "
                            + "more global secondary indexes of the table was exceeded.");
                    assertThat(e.throttlingReasons()).containsExactly(ThrottlingReason.builder()
                            .reason("IndexWriteProvisionedThroughputExceeded")
                            .resource("arn:aws:dynamodb:us-east-1:000000000000:table/events/index/byKind").build());
                });
        put("events", "no-kind-no-index");
        assertThat(dynamo.getItem(b -> b.tableName("events").key(item("id", s("no-kind-no-index")))).hasItem())
                .isTrue();
    }

    @Test
    void reads_through_batches_transactions_and_a_global_index_are_throttled_by_the_capacity_they_read() {
        start(true);
        provisioned("spent", 1, 1000);
        provisioned("roomy", 1000, 1000, 1);
        put("spent", "a");
        put("roomy", "b");
        for (int i = 0; i < 300; i++) {
            dynamo.getItem(b -> b.tableName("spent").key(item("id", s("a"))).consistentRead(true));
        }
        var keys = Map.of("spent", KeysAndAttributes.builder().keys(item("id", s("a"))).build(),
                "roomy", KeysAndAttributes.builder().keys(item("id", s("b"))).build());
        BatchGetItemResponse both = dynamo.batchGetItem(b -> b.requestItems(keys));
        assertThat(both.responses().get("roomy")).hasSize(1);
        assertThat(both.unprocessedKeys()).containsOnlyKeys("spent");
        assertThat(both.unprocessedKeys().get("spent").keys()).containsExactly(item("id", s("a")));
        assertThatThrownBy(() -> dynamo.batchGetItem(b -> b.requestItems(Map.of("spent", keys.get("spent")))))
                .isInstanceOf(ProvisionedThroughputExceededException.class);
        assertThatThrownBy(() -> dynamo.transactGetItems(b -> b.transactItems(t -> t.get(g -> g.tableName("spent")
                .key(item("id", s("a"))))))).isInstanceOf(ProvisionedThroughputExceededException.class);

        // The index has its own read capacity (1 unit here, 300 with the burst): 600 queries at half a unit each (an
        // index is read eventually consistent) spend it while the table's is untouched.
        for (int i = 0; i < 600; i++) {
            dynamo.query(b -> b.tableName("roomy").indexName("byKind").keyConditionExpression("kind = :k")
                    .expressionAttributeValues(item(":k", s("none"))));
        }
        assertThatThrownBy(() -> dynamo.query(b -> b.tableName("roomy").indexName("byKind")
                .keyConditionExpression("kind = :k").expressionAttributeValues(item(":k", s("none")))))
                .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> assertThat(
                        e.throttlingReasons()).containsExactly(ThrottlingReason.builder()
                        .reason("IndexReadProvisionedThroughputExceeded")
                        .resource("arn:aws:dynamodb:us-east-1:000000000000:table/roomy/index/byKind").build()));
        assertThat(dynamo.getItem(b -> b.tableName("roomy").key(item("id", s("b")))).hasItem()).isTrue();
    }

    @Test
    void a_transaction_on_a_spent_table_is_refused_whole_and_writes_nothing() {
        start(true);
        provisioned("spent", 1000, 1);
        provisioned("roomy", 1000, 1000);
        for (int i = 0; i < 300; i++) {
            put("spent", "s" + i);
        }
        assertThatThrownBy(() -> dynamo.transactWriteItems(b -> b.transactItems(
                t -> t.put(p -> p.tableName("roomy").item(item("id", s("r1")))),
                t -> t.put(p -> p.tableName("spent").item(item("id", s("late"))))))).isInstanceOfSatisfying(
                        ProvisionedThroughputExceededException.class, e -> assertThat(e.throttlingReasons().get(0)
                                .reason()).isEqualTo("TableWriteProvisionedThroughputExceeded"));
        assertThat(dynamo.getItem(b -> b.tableName("roomy").key(item("id", s("r1")))).hasItem()).isFalse();
    }

    @Test
    void a_batch_leaves_a_spent_tables_requests_unprocessed_and_fails_when_nothing_could_be_done() {
        start(true);
        provisioned("spent", 1, 1);
        provisioned("roomy", 1000, 1000);
        for (int i = 0; i < 300; i++) {
            put("spent", "s" + i);
        }
        List<WriteRequest> spentWrites = List.of(WriteRequest.builder().putRequest(p -> p.item(item("id",
                s("late"), "n", n("1")))).build());
        List<WriteRequest> roomyWrites = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            roomyWrites.add(WriteRequest.builder().putRequest(p -> p.item(item("id", s("r" + n)))).build());
        }
        BatchWriteItemResponse both = dynamo.batchWriteItem(b -> b.requestItems(Map.of("spent", spentWrites,
                "roomy", roomyWrites)));
        assertThat(both.unprocessedItems()).isEqualTo(Map.of("spent", spentWrites));
        assertThat(dynamo.scan(b -> b.tableName("roomy")).count()).isEqualTo(3);

        assertThatThrownBy(() -> dynamo.batchWriteItem(b -> b.requestItems(Map.of("spent", spentWrites))))
                .isInstanceOf(ProvisionedThroughputExceededException.class);
        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(dynamo.batchWriteItem(b -> b.requestItems(Map.of("spent", spentWrites))).unprocessedItems())
                .as("the caller's retry after the clock moved").isEmpty();
    }

    @Test
    void on_demand_tables_and_an_unthrottled_harness_never_refuse() {
        start(false);
        provisioned("tiny", 1, 1);
        dynamo.createTable(b -> b.tableName("on-demand").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        for (int i = 0; i < 400; i++) {
            put("tiny", "t" + i);
            put("on-demand", "d" + i);
        }
        assertThat(dynamo.scan(b -> b.tableName("tiny")).count()).isEqualTo(400);
        assertThat(dynamo.scan(b -> b.tableName("on-demand")).count()).isEqualTo(400);
    }

    @Test
    void an_on_demand_maximum_limits_a_table_to_its_units_a_second_and_is_described_back() {
        start(true);
        dynamo.createTable(b -> b.tableName("capped").billingMode(BillingMode.PAY_PER_REQUEST)
                .onDemandThroughput(o -> o.maxWriteRequestUnits(5L))
                .warmThroughput(w -> w.readUnitsPerSecond(12_000L).writeUnitsPerSecond(4_000L))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        TableDescription described = dynamo.describeTable(b -> b.tableName("capped")).table();
        assertThat(described.onDemandThroughput().maxWriteRequestUnits()).isEqualTo(5L);
        assertThat(described.onDemandThroughput().maxReadRequestUnits()).as("no maximum").isEqualTo(-1L);
        assertThat(described.warmThroughput().readUnitsPerSecond()).isEqualTo(12_000L);
        assertThat(described.warmThroughput().writeUnitsPerSecond()).isEqualTo(4_000L);
        assertThat(described.warmThroughput().statusAsString()).isEqualTo("ACTIVE");

        for (int i = 0; i < 5; i++) {
            put("capped", "c" + i);
        }
        assertThatThrownBy(() -> put("capped", "sixth"))
                .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> assertThat(
                        e.throttlingReasons().get(0).reason()).isEqualTo("TableWriteMaxOnDemandThroughputExceeded"));
        harness.clock().advance(Duration.ofSeconds(1));
        put("capped", "sixth");
        for (int i = 0; i < 50; i++) {
            int n = i;
            dynamo.getItem(b -> b.tableName("capped").key(item("id", s("c" + (n % 5)))));
        }

        dynamo.updateTable(b -> b.tableName("capped").onDemandThroughput(o -> o.maxWriteRequestUnits(-1L)));
        assertThat(dynamo.describeTable(b -> b.tableName("capped")).table().onDemandThroughput()
                .maxWriteRequestUnits()).isEqualTo(-1L);
        for (int i = 0; i < 50; i++) {
            put("capped", "free" + i);
        }
    }

    @Test
    void on_demand_tables_are_not_throttled_by_a_throttling_harness() {
        start(true);
        dynamo.createTable(b -> b.tableName("on-demand").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        for (int i = 0; i < 400; i++) {
            put("on-demand", "d" + i);
        }
        assertThat(dynamo.scan(b -> b.tableName("on-demand")).count()).isEqualTo(400);
    }
}
