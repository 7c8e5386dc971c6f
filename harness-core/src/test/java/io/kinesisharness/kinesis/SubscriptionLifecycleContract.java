package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.kinesis.support.AsyncKinesisClients;
import io.kinesisharness.kinesis.support.SubscriptionRecorder;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

/**
 * One subscription per consumer and shard: a second one refused or taking over, clients that cancel or go away,
 * and what ends a subscription early (deregistration, stream deletion) or refuses it before it starts.
 */
abstract class SubscriptionLifecycleContract extends FanOutContract {

    @Test
    void a_second_subscription_to_the_same_shard_within_five_seconds_is_refused() throws Exception {
        createStream("s", 2);
        String consumer = register("s", "app");
        subscribe(consumer, shardId(0), latest());

        expectError(ResourceInUseException.class, "Another active subscription exists for this consumer: "
                + ACCOUNT + ":s:shardId-000000000000:app", call(consumer, shardId(0), latest()));

        // Another shard, or another consumer on the same shard, is fine.
        subscribe(consumer, shardId(1), latest());
        subscribe(register("s", "other"), shardId(0), latest());
    }

    @Test
    void five_seconds_later_a_new_subscription_takes_over_and_the_old_one_ends_with_resource_in_use()
            throws Exception {
        createStream("s", 1);
        String consumer = register("s", "app");
        SubscriptionRecorder old = subscribe(consumer, shardId(0), latest());
        harness.clock().advance(Duration.ofSeconds(5));
        old.next();

        SubscriptionRecorder taker = subscribe(consumer, shardId(0), latest());

        Throwable error = endedWithError(old);
        assertThat(error).isInstanceOf(ResourceInUseException.class);
        put("s", "x");
        assertThat(records(taker, 1)).extracting(r -> r.data().asUtf8String()).containsExactly("x");
    }

    @Test
    void a_client_that_cancels_frees_the_subscription() throws Exception {
        createStream("s", 1);
        String consumer = register("s", "app");
        SubscriptionRecorder sub = subscribe(consumer, shardId(0), latest());

        sub.cancel();

        SubscriptionRecorder again = subscribeEventually(consumer, shardId(0), latest());
        put("s", "x");
        assertThat(records(again, 1)).extracting(r -> r.data().asUtf8String()).containsExactly("x");
    }

    @Test
    void a_client_that_closes_its_connections_frees_the_subscription() throws Exception {
        createStream("s", 1);
        String consumer = register("s", "app");
        KinesisAsyncClient other = AsyncKinesisClients.create(harness, wire(), transport(), subscribeContentTypes);
        SubscriptionRecorder sub = new SubscriptionRecorder();
        other.subscribeToShard(request(consumer, shardId(0), latest()), sub);
        sub.awaitInitialResponse();

        other.close();

        subscribeEventually(consumer, shardId(0), latest());
    }

    @Test
    void deregistering_the_consumer_ends_its_subscriptions_with_resource_not_found() throws Exception {
        createStream("s", 1);
        String consumer = register("s", "app");
        SubscriptionRecorder sub = subscribe(consumer, shardId(0), latest());

        kinesis.deregisterStreamConsumer(b -> b.consumerARN(consumer));

        assertThat(endedWithError(sub)).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Consumer " + consumer + ", account " + ACCOUNT + " not found.");
    }

    @Test
    void deleting_the_stream_with_its_consumers_ends_their_subscriptions_with_resource_not_found()
            throws Exception {
        createStream("s", 1);
        String consumer = register("s", "app");
        SubscriptionRecorder sub = subscribe(consumer, shardId(0), latest());

        kinesis.deleteStream(b -> b.streamName("s").enforceConsumerDeletion(true));

        assertThat(endedWithError(sub)).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("Stream s under account " + ACCOUNT + " not found.");
    }

    @Test
    void a_missing_shard_or_consumer_is_refused_before_streaming() {
        createStream("s", 1);
        String consumer = register("s", "app");

        expectError(ResourceNotFoundException.class,
                "Shard shardId-000000000007 in stream s under account " + ACCOUNT + " does not exist",
                call(consumer, shardId(7), latest()));
        String unknown = consumer.replace("/consumer/app:", "/consumer/nobody:");
        expectError(ResourceNotFoundException.class, "Consumer " + unknown + ", account " + ACCOUNT + " not found.",
                call(unknown, shardId(0), latest()));
        expectError(InvalidArgumentException.class, "StartingPosition of type AT_SEQUENCE_NUMBER requires a "
                + "SequenceNumber.", call(consumer, shardId(0), position(p -> p.type("AT_SEQUENCE_NUMBER"))));
    }

    @Test
    void a_malformed_request_gets_the_validation_error_before_anything_else() {
        expectError(ValidationException.class,
                "1 validation error detected: Value 'not-an-arn' at 'consumerARN' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: ^(arn):aws.*:kinesis:.*:\\d{12}:.*"
                        + "stream\\/[a-zA-Z0-9_.-]+\\/consumer\\/[a-zA-Z0-9_.-]+:[0-9]+",
                call("not-an-arn", shardId(0), latest()));
    }
}
