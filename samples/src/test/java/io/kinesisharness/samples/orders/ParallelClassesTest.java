package io.kinesisharness.samples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import io.kinesisharness.junit.KinesisHarnessTest;
import io.kinesisharness.junit.KinesisStream;
import io.kinesisharness.junit.KinesisStreamReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * junit-platform.properties runs test classes concurrently; each class here has its own harness, so the
 * same stream name in both never mixes data.
 */
class ParallelClassesTest {

    @Nested
    @KinesisHarnessTest
    @KinesisStream(name = "orders", shards = 2)
    class EuropeanOrders {
        @Test
        void sees_only_its_own_orders(KinesisClient kinesis, KinesisStreamReader reader, KinesisHarness harness) {
            new OrderPublisher(kinesis, "orders", 3, d -> { }).publish(Orders.sample(30));
            assertThat(reader.readAll("orders")).hasSize(30);
            assertThat(harness.port()).isPositive();
        }
    }

    @Nested
    @KinesisHarnessTest
    @KinesisStream(name = "orders", shards = 2)
    class AmericanOrders {
        @Test
        void sees_only_its_own_orders(KinesisClient kinesis, KinesisStreamReader reader) {
            new OrderPublisher(kinesis, "orders", 3, d -> { }).publish(Orders.sample(45));
            assertThat(reader.readAll("orders")).hasSize(45);
        }
    }
}
