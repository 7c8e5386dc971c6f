package io.kinesisharness.samples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.HarnessClock;
import io.kinesisharness.junit.KinesisHarnessTest;
import io.kinesisharness.junit.KinesisStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/** An iterator older than five minutes expires; the aggregator gets a new one and counts nothing twice. */
@KinesisHarnessTest(startAt = "2026-01-01T00:00:00Z")
@KinesisStream(name = "orders", shards = 2)
class IteratorRecoveryTest {

    @Test
    void recovers_from_an_expired_iterator_without_double_counting(KinesisClient kinesis, HarnessClock clock) {
        OrderPublisher publisher = new OrderPublisher(kinesis, "orders", 3, d -> { });
        RevenueAggregator aggregator = new RevenueAggregator(kinesis, "orders");
        List<OrderEvent> first = Orders.sample(20);
        publisher.publish(first);
        assertThat(aggregator.poll()).isEqualTo(20);

        clock.advance(Duration.ofMinutes(6));
        List<OrderEvent> second = List.of(new OrderEvent("late-1", "customer-1", 5_000));
        publisher.publish(second);

        assertThat(aggregator.poll()).isEqualTo(1);
        assertThat(aggregator.expiredIteratorsRecovered()).isEqualTo(2);
        assertThat(aggregator.revenueCents()).containsEntry("customer-1",
                Orders.totalFor(first, "customer-1") + 5_000);
    }
}
