package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.kinesis.support.AsyncKinesisClients;
import io.kinesisharness.kinesis.support.ContentTypeRecorder;
import io.kinesisharness.kinesis.support.SubscriptionRecorder;
import io.kinesisharness.kinesis.support.Wire;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StartingPosition;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEvent;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardRequest;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

/**
 * SubscribeToShard through the SDK's HTTP/2 client, in the suite's encoding and transport: records pushed as
 * they arrive, every starting position, heartbeats and the 5-minute end on the harness clock, one subscription
 * per consumer and shard, and clients that go away.
 */
@Timeout(60)
abstract class SubscribeToShardContract extends KinesisContract {

    protected KinesisAsyncClient async;
    /** The async client's own: the SDK sends SubscribeToShard as JSON even from a CBOR client. */
    protected final ContentTypeRecorder subscribeContentTypes = new ContentTypeRecorder();

    protected abstract AsyncKinesisClients.Transport transport();

    @BeforeAll
    void createAsyncClient() {
        async = AsyncKinesisClients.create(harness, wire(), transport(), subscribeContentTypes);
    }

    @AfterEach
    void subscriptionsTravelAsJsonAndComeBackAsAnEventStream() {
        assertThat(subscribeContentTypes.seen()).allSatisfy(ct -> assertThat(ct).isEqualTo(Wire.JSON.contentType()));
        subscribeContentTypes.clear();
    }

    @AfterAll
    void closeAsyncClient() {
        if (async != null) {
            async.close();
        }
    }

    @Test
    void records_put_after_subscribing_are_pushed_in_order_without_the_clock_moving() throws Exception {
        createStream("s", 1);
        String consumer = register("s", "app");
        SubscriptionRecorder sub = subscribe(consumer, shardId(0), latest());

        List<String> sequenceNumbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sequenceNumbers.add(put("s", "record-" + i).sequenceNumber());
        }

        List<Record> pushed = records(sub, 5);
        assertThat(pushed).extracting(r -> r.data().asUtf8String())
                .containsExactly("record-0", "record-1", "record-2", "record-3", "record-4");
        assertThat(pushed).extracting(Record::sequenceNumber).containsExactlyElementsOf(sequenceNumbers);
        assertThat(pushed).extracting(Record::partitionKey).containsOnly("k");
        assertThat(pushed).extracting(Record::approximateArrivalTimestamp).containsOnly(START);
        assertThat(harness.clock().now()).isEqualTo(START);
    }

    @Test
    void trim_horizon_sends_the_records_already_there_in_the_first_event() throws Exception {
        createStream("s", 1);
        put("s", "a");
        put("s", "b");
        String consumer = register("s", "app");

        SubscriptionRecorder sub = subscribe(consumer, shardId(0), position(b -> b.type("TRIM_HORIZON")));

        SubscribeToShardEvent first = sub.next();
        assertThat(first.records()).extracting(r -> r.data().asUtf8String()).containsExactly("a", "b");
        assertThat(first.continuationSequenceNumber()).isEqualTo(first.records().get(1).sequenceNumber());
        assertThat(first.millisBehindLatest()).isZero();
        assertThat(first.childShards()).isEmpty();
    }

    @Test
    void latest_skips_the_records_already_there() throws Exception {
        createStream("s", 1);
        put("s", "old");
        String consumer = register("s", "app");

        SubscriptionRecorder sub = subscribe(consumer, shardId(0), latest());
        put("s", "new");

        assertThat(records(sub, 1)).extracting(r -> r.data().asUtf8String()).containsExactly("new");
    }

    @Test
    void at_and_after_sequence_number_start_at_and_just_after_that_record() throws Exception {
        createStream("s", 1);
        put("s", "a");
        String b = put("s", "b").sequenceNumber();
        put("s", "c");
        String consumer = register("s", "app");

        SubscriptionRecorder at = subscribe(consumer, shardId(0),
                position(p -> p.type("AT_SEQUENCE_NUMBER").sequenceNumber(b)));
        assertThat(at.next().records()).extracting(r -> r.data().asUtf8String()).containsExactly("b", "c");
        at.cancel();

        String other = register("s", "other");
        SubscriptionRecorder after = subscribe(other, shardId(0),
                position(p -> p.type("AFTER_SEQUENCE_NUMBER").sequenceNumber(b)));
        assertThat(after.next().records()).extracting(r -> r.data().asUtf8String()).containsExactly("c");
    }

    @Test
    void at_timestamp_starts_at_the_first_record_that_arrived_at_or_after_it() throws Exception {
        createStream("s", 1);
        put("s", "early");
        harness.clock().advance(Duration.ofMinutes(1));
        put("s", "late");
        String consumer = register("s", "app");

        SubscriptionRecorder sub = subscribe(consumer, shardId(0),
                position(p -> p.type("AT_TIMESTAMP").timestamp(START.plusSeconds(30))));

        SubscribeToShardEvent first = sub.next();
        assertThat(first.records()).extracting(r -> r.data().asUtf8String()).containsExactly("late");
        assertThat(first.records().get(0).approximateArrivalTimestamp()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void a_reader_that_is_behind_is_told_how_far_by_millis_behind_latest() throws Exception {
        createStream("s", 1);
        // Two records past the 1 MiB event limit keep the second one waiting while the first is sent.
        byte[] big = new byte[700 * 1024];
        kinesis.putRecord(b -> b.streamName("s").partitionKey("k").data(SdkBytes.fromByteArray(big)));
        harness.clock().advance(Duration.ofSeconds(3));
        kinesis.putRecord(b -> b.streamName("s").partitionKey("k").data(SdkBytes.fromByteArray(big)));
        harness.clock().advance(Duration.ofMillis(1500));
        String consumer = register("s", "app");

        SubscriptionRecorder sub = subscribe(consumer, shardId(0), position(p -> p.type("TRIM_HORIZON")));

        SubscribeToShardEvent first = sub.next();
        assertThat(first.records()).hasSize(1);
        assertThat(first.millisBehindLatest()).isEqualTo(1500);
        SubscribeToShardEvent second = sub.next();
        assertThat(second.records()).hasSize(1);
        assertThat(second.millisBehindLatest()).isZero();
    }

    @Test
    void events_hold_at_most_one_mebibyte_or_ten_thousand_records() throws Exception {
        createStream("s", 1);
        byte[] data = new byte[600 * 1024];
        for (int i = 0; i < 3; i++) {
            data[0] = (byte) i;
            kinesis.putRecord(b -> b.streamName("s").partitionKey("k").data(SdkBytes.fromByteArray(data)));
        }
        for (int batch = 0; batch < 21; batch++) {
            List<PutRecordsRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                entries.add(PutRecordsRequestEntry.builder().partitionKey("k")
                        .data(SdkBytes.fromUtf8String("small")).build());
            }
            kinesis.putRecords(b -> b.streamName("s").records(entries));
        }
        String consumer = register("s", "app");

        SubscriptionRecorder sub = subscribe(consumer, shardId(0), position(p -> p.type("TRIM_HORIZON")));

        List<Integer> sizes = new ArrayList<>();
        int total = 0;
        while (total < 3 + 10_500) {
            SubscribeToShardEvent e = sub.next();
            sizes.add(e.records().size());
            total += e.records().size();
        }
        // 600 KiB + 600 KiB is over 1 MiB: the big records go one per event; the small ones 10,000 at most.
        assertThat(sizes).containsExactly(1, 1, 1 + 9_999, 501);
    }

    @Test
    void with_nothing_to_send_an_event_still_comes_every_five_seconds_of_harness_time() throws Exception {
        createStream("s", 1);
        String last = put("s", "a").sequenceNumber();
        String consumer = register("s", "app");
        SubscriptionRecorder sub = subscribe(consumer, shardId(0), latest());

        assertThat(sub.poll(Duration.ofMillis(300))).as("nothing before the clock moves").isNull();
        harness.clock().advance(Duration.ofSeconds(5));
        SubscribeToShardEvent heartbeat = sub.next();
        assertThat(heartbeat.records()).isEmpty();
        assertThat(heartbeat.millisBehindLatest()).isZero();
        assertThat(heartbeat.continuationSequenceNumber()).isEqualTo(last);

        harness.clock().advance(Duration.ofSeconds(10));
        assertThat(sub.next().records()).isEmpty();
        assertThat(sub.next().records()).isEmpty();
        assertThat(sub.poll(Duration.ofMillis(300))).isNull();
    }

    @Test
    void the_continuation_sequence_number_resumes_a_new_subscription_where_the_last_one_stopped() throws Exception {
        createStream("s", 1);
        put("s", "a");
        String consumer = register("s", "app");
        SubscriptionRecorder first = subscribe(consumer, shardId(0), position(p -> p.type("TRIM_HORIZON")));
        String continuation = first.next().continuationSequenceNumber();
        first.cancel();
        put("s", "b");

        SubscriptionRecorder second = subscribeEventually(consumer, shardId(0),
                position(p -> p.type("AFTER_SEQUENCE_NUMBER").sequenceNumber(continuation)));

        assertThat(second.next().records()).extracting(r -> r.data().asUtf8String()).containsExactly("b");
    }

    @Test
    void a_subscription_ends_normally_after_five_minutes_of_harness_time() throws Exception {
        createStream("s", 1);
        String consumer = register("s", "app");
        SubscriptionRecorder sub = subscribe(consumer, shardId(0), latest());

        harness.clock().advance(Duration.ofMinutes(5).minusMillis(1));
        assertThat(sub.ended()).isNotDone();
        harness.clock().advance(Duration.ofMillis(1));

        sub.ended().get(10, TimeUnit.SECONDS);
        // The consumer may subscribe to the shard again at once.
        SubscriptionRecorder again = subscribe(consumer, shardId(0), latest());
        put("s", "after");
        assertThat(records(again, 1)).extracting(r -> r.data().asUtf8String()).containsExactly("after");
    }

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

    // --- helpers

    protected String register(String stream, String name) {
        return kinesis.registerStreamConsumer(b -> b.streamARN(arn(stream)).consumerName(name)).consumer()
                .consumerARN();
    }

    protected PutRecordResponse put(String stream, String data) {
        return kinesis.putRecord(b -> b.streamName(stream).partitionKey("k").data(SdkBytes.fromUtf8String(data)));
    }

    static StartingPosition latest() {
        return position(p -> p.type("LATEST"));
    }

    static StartingPosition position(Consumer<StartingPosition.Builder> spec) {
        StartingPosition.Builder b = StartingPosition.builder();
        spec.accept(b);
        return b.build();
    }

    static SubscribeToShardRequest request(String consumerArn, String shardId, StartingPosition position) {
        return SubscribeToShardRequest.builder().consumerARN(consumerArn).shardId(shardId)
                .startingPosition(position).build();
    }

    /** Subscribes and waits for the initial response. */
    protected SubscriptionRecorder subscribe(String consumerArn, String shardId, StartingPosition position)
            throws InterruptedException {
        SubscriptionRecorder sub = new SubscriptionRecorder();
        async.subscribeToShard(request(consumerArn, shardId, position), sub);
        sub.awaitInitialResponse();
        return sub;
    }

    /**
     * Subscribes once the server has noticed that the previous subscription's client went away: the reset or
     * close travels on its own, so this retries a refused call for a few seconds (a subscription that is never
     * freed keeps failing, as the MANUAL clock never reaches the takeover).
     */
    protected SubscriptionRecorder subscribeEventually(String consumerArn, String shardId, StartingPosition position)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            SubscriptionRecorder sub = new SubscriptionRecorder();
            CompletableFuture<Void> call = async.subscribeToShard(request(consumerArn, shardId, position), sub);
            CompletableFuture.anyOf(sub.initialResponse(), call).exceptionally(e -> null).get(10, TimeUnit.SECONDS);
            if (sub.initialResponse().isDone()) {
                return sub;
            }
            try {
                call.join();
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof ResourceInUseException) || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(20);
        }
    }

    /** The subscribe call as a callable that throws what the SDK reported. */
    ThrowingCallable call(String consumerArn, String shardId, StartingPosition position) {
        return () -> {
            try {
                async.subscribeToShard(request(consumerArn, shardId, position), new SubscriptionRecorder()).join();
            } catch (CompletionException e) {
                throw e.getCause();
            }
        };
    }

    static List<Record> records(SubscriptionRecorder sub, int count) throws InterruptedException {
        List<Record> records = new ArrayList<>();
        while (records.size() < count) {
            records.addAll(sub.next().records());
        }
        return records;
    }

    static Throwable endedWithError(SubscriptionRecorder sub) throws InterruptedException {
        try {
            sub.ended().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable t = e.getCause();
            return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the subscription did not end", e);
        }
        throw new AssertionError("the subscription ended without an error");
    }
}
