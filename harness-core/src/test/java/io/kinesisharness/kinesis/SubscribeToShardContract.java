package io.kinesisharness.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.kinesis.support.SubscriptionRecorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.ChildShard;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEvent;

/**
 * SubscribeToShard's deliveries: records pushed as they arrive, every starting position, event limits,
 * MillisBehindLatest, continuation numbers, heartbeats and the 5-minute end on the harness clock.
 */
abstract class SubscribeToShardContract extends FanOutContract {

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
    void a_consumer_that_asks_slowly_gets_every_record_in_order_once_it_asks() throws Exception {
        createStream("s", 1);
        String consumer = register("s", "app");
        SubscriptionRecorder sub = subscribe(consumer, shardId(0), latest(), new SubscriptionRecorder(1));
        // Far more than the client's HTTP/2 window (1 MiB): the stream stalls until the client asks for more.
        byte[] data = new byte[900 * 1024];
        for (int i = 0; i < 12; i++) {
            data[0] = (byte) i;
            kinesis.putRecord(b -> b.streamName("s").partitionKey("k").data(SdkBytes.fromByteArray(data)));
        }

        assertThat(sub.next().records()).hasSize(1);
        assertThat(sub.poll(Duration.ofMillis(300))).as("nothing the consumer did not ask for").isNull();
        sub.request(Long.MAX_VALUE);

        List<Record> rest = records(sub, 11);
        assertThat(rest).extracting(r -> (int) r.data().asByteArray()[0])
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
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
        // One empty event per 5 s of harness time before the end, however fast the clock was moved.
        assertThat(sub.drain()).hasSize(59).allSatisfy(e -> assertThat(e.records()).isEmpty());
        // The consumer may subscribe to the shard again at once.
        SubscriptionRecorder again = subscribe(consumer, shardId(0), latest());
        put("s", "after");
        assertThat(records(again, 1)).extracting(r -> r.data().asUtf8String()).containsExactly("after");
    }

    @Test
    void a_split_parent_sends_its_child_shards_and_ends() throws Exception {
        createStream("s", 1);
        put("s", "before the split");
        String consumer = register("s", "app");
        SubscriptionRecorder sub = subscribe(consumer, shardId(0), position(p -> p.type("TRIM_HORIZON")));
        assertThat(sub.next().records()).extracting(r -> r.data().asUtf8String()).containsExactly("before the split");

        kinesis.splitShard(b -> b.streamName("s").shardToSplit(shardId(0))
                .newStartingHashKey("170141183460469231731687303715884105728"));

        SubscribeToShardEvent last = sub.next();
        while (last.childShards().isEmpty()) {
            last = sub.next();
        }
        assertThat(last.records()).isEmpty();
        assertThat(last.childShards()).extracting(ChildShard::shardId).containsExactly(shardId(1), shardId(2));
        assertThat(last.childShards()).allSatisfy(c -> assertThat(c.parentShards()).containsExactly(shardId(0)));
        assertThat(last.childShards().get(0).hashKeyRange().endingHashKey())
                .isEqualTo("170141183460469231731687303715884105727");
        sub.ended().get(10, TimeUnit.SECONDS);
    }
}
