package io.kinesisharness.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.kinesis.support.AsyncKinesisClients;
import io.kinesisharness.kinesis.support.ContentTypeRecorder;
import io.kinesisharness.kinesis.support.SubscriptionRecorder;
import io.kinesisharness.kinesis.support.Wire;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;

/**
 * The SDK's Kinesis client stops reading a response after 10 s without a byte. Under a MANUAL clock nothing
 * happens until the test moves it, so the harness speaks up on real time when a subscription has been silent.
 * This test waits on real time on purpose, once, and is kept out of the per-transport suites for that.
 */
@Timeout(60)
class SubscribeToShardIdleTest extends KinesisContract {

    @Override
    protected Wire wire() {
        return Wire.JSON;
    }

    @Test
    void a_subscription_outlives_the_sdks_read_timeout_while_the_manual_clock_stands_still() throws Exception {
        createStream("s", 1);
        String consumer = kinesis.registerStreamConsumer(b -> b.streamARN(arn("s")).consumerName("app")).consumer()
                .consumerARN();
        try (KinesisAsyncClient async = AsyncKinesisClients.create(harness, wire(),
                AsyncKinesisClients.Transport.H2C_PRIOR_KNOWLEDGE, new ContentTypeRecorder())) {
            SubscriptionRecorder sub = new SubscriptionRecorder();
            async.subscribeToShard(SubscribeToShardContract.request(consumer, shardId(0),
                    SubscribeToShardContract.latest()), sub);
            sub.awaitInitialResponse();

            Thread.sleep(Duration.ofSeconds(11).toMillis());

            assertThat(sub.ended()).isNotDone();
            assertThat(sub.drain()).isNotEmpty().allSatisfy(e -> assertThat(e.records()).isEmpty());
            kinesis.putRecord(b -> b.streamName("s").partitionKey("k").data(SdkBytes.fromUtf8String("late")));
            assertThat(SubscribeToShardContract.records(sub, 1)).extracting(r -> r.data().asUtf8String())
                    .containsExactly("late");
            assertThat(harness.clock().now()).isEqualTo(START);
        }
    }
}
