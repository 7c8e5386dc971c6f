package io.kinesisharness.dynamodb;

import static io.kinesisharness.dynamodb.DynamoDbClients.item;
import static io.kinesisharness.dynamodb.DynamoDbClients.n;
import static io.kinesisharness.dynamodb.DynamoDbClients.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.settings.DynamoDbSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * TimeToLive on the harness clock: an item whose TTL lies before the current time is deleted (from its table and
 * its indexes) as the clock passes it, or after {@code ttl-deletion-delay}; only top-level numbers in epoch seconds
 * count; DynamoDB's one-change-an-hour rule for UpdateTimeToLive.
 */
class DynamoDbTimeToLiveTest {

    private static final Instant T0 = Instant.parse("2026-12-06T12:00:00Z");

    private KinesisHarness harness;
    private DynamoDbClient dynamo;

    private void start(Duration deletionDelay) {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(T0)
                .setting(DynamoDbSettings.TTL_DELETION_DELAY, deletionDelay).start();
        dynamo = DynamoDbClients.dynamo(harness);
        dynamo.createTable(b -> b.tableName("sessions").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("user").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .globalSecondaryIndexes(g -> g.indexName("by-user").projection(p -> p.projectionType(
                        ProjectionType.ALL)).keySchema(k -> k.attributeName("user").keyType(KeyType.HASH))));
    }

    @AfterEach
    void stop() {
        dynamo.close();
        harness.close();
    }

    private void enableTtl() {
        dynamo.updateTimeToLive(b -> b.tableName("sessions").timeToLiveSpecification(t -> t.enabled(true)
                .attributeName("expiresAt")));
    }

    private void put(String id, AttributeValue expiresAt) {
        Map<String, AttributeValue> i = item("id", s(id), "user", s("ann"));
        if (expiresAt != null) {
            i.put("expiresAt", expiresAt);
        }
        dynamo.putItem(b -> b.tableName("sessions").item(i));
    }

    private static AttributeValue at(long secondsAfterStart) {
        return n(Long.toString(T0.getEpochSecond() + secondsAfterStart));
    }

    private List<String> ids() {
        return dynamo.scan(b -> b.tableName("sessions")).items().stream().map(i -> i.get("id").s()).sorted().toList();
    }

    private List<String> idsInIndex() {
        return dynamo.query(b -> b.tableName("sessions").indexName("by-user").keyConditionExpression("#u = :u")
                .expressionAttributeNames(Map.of("#u", "user")).expressionAttributeValues(Map.of(":u", s("ann"))))
                .items().stream().map(i -> i.get("id").s()).sorted().toList();
    }

    @Test
    void items_are_deleted_from_table_and_index_once_the_clock_passes_their_ttl() {
        start(Duration.ZERO);
        put("before-enabling", at(30));
        enableTtl();
        put("minute", at(60));
        put("hour", at(3600));
        put("forever", null);
        put("text", s(Long.toString(T0.getEpochSecond())));                  // not a number: never expires
        put("millis", n(Long.toString(T0.toEpochMilli())));                  // milliseconds: year 58,000+, never
        put("nested", AttributeValue.fromM(Map.of("expiresAt", at(1))));     // not top level: never
        assertThat(ids()).hasSize(7);

        harness.clock().advance(Duration.ofSeconds(30));
        assertThat(ids()).contains("before-enabling");                     // expiry not yet *before* now

        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(ids()).doesNotContain("before-enabling").contains("minute");

        harness.clock().advance(Duration.ofSeconds(30));
        assertThat(ids()).containsExactly("forever", "hour", "millis", "nested", "text");
        assertThat(idsInIndex()).containsExactly("forever", "hour", "millis", "nested", "text");

        // Moving an item's TTL into the past expires it at the clock's next step; a later TTL postpones it.
        dynamo.updateItem(b -> b.tableName("sessions").key(item("id", s("forever")))
                .updateExpression("SET expiresAt = :t").expressionAttributeValues(Map.of(":t", at(10))));
        dynamo.updateItem(b -> b.tableName("sessions").key(item("id", s("hour")))
                .updateExpression("SET expiresAt = :t").expressionAttributeValues(Map.of(":t", at(7200))));
        harness.clock().advance(Duration.ofMillis(1));
        assertThat(ids()).containsExactly("hour", "millis", "nested", "text");

        harness.clock().advance(Duration.ofHours(1));
        assertThat(ids()).contains("hour");
        harness.clock().advance(Duration.ofHours(1));
        assertThat(ids()).containsExactly("millis", "nested", "text");
        assertThat(dynamo.describeTable(b -> b.tableName("sessions")).table().itemCount()).isEqualTo(3);
    }

    @Test
    void with_a_deletion_delay_expired_items_stay_readable_until_it_passes() {
        start(Duration.ofHours(48));
        enableTtl();
        put("a", at(60));

        harness.clock().advance(Duration.ofHours(47));
        // Expired, not yet deleted: readable, and filtered out as AWS advises.
        assertThat(ids()).containsExactly("a");
        assertThat(dynamo.scan(b -> b.tableName("sessions").filterExpression("expiresAt > :now")
                .expressionAttributeValues(Map.of(":now", n(Long.toString(harness.clock().now().getEpochSecond())))))
                .items()).isEmpty();

        harness.clock().advance(Duration.ofHours(1).plusSeconds(61));
        assertThat(ids()).isEmpty();
    }

    @Test
    void ttl_changes_once_an_hour_and_a_disabled_ttl_deletes_nothing() {
        start(Duration.ZERO);
        enableTtl();
        put("a", at(60));
        assertThatThrownBy(() -> dynamo.updateTimeToLive(b -> b.tableName("sessions").timeToLiveSpecification(
                t -> t.enabled(false).attributeName("expiresAt"))))
                .isInstanceOf(DynamoDbException.class)
                .hasMessageStartingWith("Time to live has been modified multiple times within a fixed interval");

        harness.clock().advance(Duration.ofSeconds(59));
        assertThat(ids()).containsExactly("a");
        harness.clock().advance(Duration.ofMinutes(59).plusSeconds(1));     // an hour on; "a" was deleted
        put("b", at(3600 + 60));
        dynamo.updateTimeToLive(b -> b.tableName("sessions").timeToLiveSpecification(
                t -> t.enabled(false).attributeName("expiresAt")));
        assertThat(dynamo.describeTimeToLive(b -> b.tableName("sessions")).timeToLiveDescription()
                .timeToLiveStatusAsString()).isEqualTo("DISABLED");

        harness.clock().advance(Duration.ofHours(2));
        assertThat(ids()).containsExactly("b");
    }
}
