package io.kinesisharness.samples.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.FaultRule;
import io.kinesisharness.HarnessAdmin;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.junit.KinesisHarnessTest;
import io.kinesisharness.junit.KinesisStream;
import io.kinesisharness.junit.KinesisStreamReader;
import io.kinesisharness.junit.StreamRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * The publisher's retry paths, driven by fault injection instead of waiting for real throttling. The publisher
 * owns its retries, so its client is built with the SDK's own retries off, as the application configures it.
 */
@KinesisHarnessTest
@KinesisStream(name = "orders", shards = 4)
class PublisherRetryTest {

    private final List<Duration> pauses = new ArrayList<>();
    private KinesisClient kinesis;

    @BeforeEach
    void client(KinesisHarness harness) {
        kinesis = KinesisClient.builder()
                .endpointOverride(harness.endpoint())
                .region(Region.of(harness.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(harness.accessKey(), harness.secretKey())))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @AfterEach
    void close() {
        kinesis.close();
    }

    @Test
    void retries_a_throttled_batch_until_it_is_accepted(HarnessAdmin admin,
            KinesisStreamReader reader) {
        admin.faults().add(FaultRule.error("PutRecords", "ProvisionedThroughputExceededException").times(2));

        new OrderPublisher(kinesis, "orders", 5, pauses::add).publish(Orders.sample(50));

        assertThat(pauses).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(reader.readAll("orders")).hasSize(50);
    }

    @Test
    void retries_only_the_entries_that_failed_so_nothing_is_duplicated(HarnessAdmin admin,
            KinesisStreamReader reader) {
        admin.faults().add(FaultRule.failRecords("PutRecords", 0.4, 42).times(2));

        List<OrderEvent> orders = Orders.sample(200);
        new OrderPublisher(kinesis, "orders", 5, pauses::add).publish(orders);

        assertThat(pauses).hasSize(2);
        List<String> stored = reader.readAll("orders").stream()
                .map(r -> OrderEvent.fromJson(r.data()).orderId()).sorted().toList();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(orders.stream().map(OrderEvent::orderId).toList());
    }

    @Test
    void gives_up_after_the_attempt_bound_and_names_what_was_not_published(HarnessAdmin admin,
            KinesisStreamReader reader) {
        admin.faults().add(FaultRule.error("PutRecords", "InternalFailure"));

        assertThatThrownBy(() -> new OrderPublisher(kinesis, "orders", 3, pauses::add).publish(Orders.sample(7)))
                .isInstanceOf(OrderPublisher.PublishFailedException.class)
                .hasMessage("7 orders not published after 3 attempts");
        List<StreamRecord> stored = reader.readAll("orders");
        assertThat(stored).isEmpty();
    }
}
