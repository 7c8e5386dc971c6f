package io.kinesisharness.samples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.HarnessClock;
import io.kinesisharness.junit.KinesisHarnessTest;
import io.kinesisharness.junit.KinesisStream;
import io.kinesisharness.junit.KinesisStreamReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/** README's quick start, word for word from the annotation on (ReadmeQuickStartTest keeps them the same). */
@KinesisHarnessTest(startAt = "2026-01-01T00:00:00Z")      // MANUAL clock by default
@KinesisStream(name = "orders", shards = 2)
class OrderPipelineTest {

    @Test
    void aggregates_every_published_order(KinesisClient kinesis, KinesisStreamReader reader) {
        List<OrderEvent> orders = Orders.sample(120);
        new OrderPublisher(kinesis, "orders", 3, d -> { }).publish(orders);

        RevenueAggregator aggregator = new RevenueAggregator(kinesis, "orders");
        assertThat(aggregator.poll()).isEqualTo(120);
        assertThat(aggregator.revenueCents()).containsEntry("customer-3", Orders.totalFor(orders, "customer-3"));
        assertThat(reader.readAll("orders")).hasSize(120);        // every shard, per-shard order
    }

    @Test
    void orders_older_than_the_retention_period_are_gone(KinesisClient kinesis, HarnessClock clock) {
        new OrderPublisher(kinesis, "orders", 3, d -> { }).publish(Orders.sample(10));

        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(new RevenueAggregator(kinesis, "orders").poll()).isEqualTo(10);

        clock.advance(Duration.ofMinutes(2));                     // returns at once: no waiting
        assertThat(new RevenueAggregator(kinesis, "orders").poll()).isZero();
    }
}
