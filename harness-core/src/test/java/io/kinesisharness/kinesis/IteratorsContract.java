package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/** GetShardIterator in every iterator type, sequence numbers as positions, and the errors for bad ones. */
abstract class IteratorsContract extends KinesisContract {

    private static final String EITHER_OR = "Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and "
            + "StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. Request specified ";

    @Test
    void trim_horizon_reads_from_the_oldest_record() {
        createStream("s", 1);
        List<String> seqs = put("s", "a", "b", "c");

        assertThat(read(iterator("s", shardId(0), ShardIteratorType.TRIM_HORIZON)))
                .extracting(Record::sequenceNumber).containsExactlyElementsOf(seqs);
    }

    @Test
    void latest_reads_only_records_put_after_the_iterator_was_taken() {
        createStream("s", 1);
        put("s", "old");
        String latest = iterator("s", shardId(0), ShardIteratorType.LATEST);

        assertThat(read(latest)).isEmpty();
        put("s", "new");

        assertThat(read(latest)).extracting(r -> r.data().asUtf8String()).containsExactly("new");
    }

    @Test
    void at_sequence_number_reads_from_that_record_and_after_sequence_number_from_the_next() {
        createStream("s", 1);
        List<String> seqs = put("s", "a", "b", "c", "d");

        assertThat(read(bySequence("s", shardId(0), ShardIteratorType.AT_SEQUENCE_NUMBER, seqs.get(1))))
                .extracting(r -> r.data().asUtf8String()).containsExactly("b", "c", "d");
        assertThat(read(bySequence("s", shardId(0), ShardIteratorType.AFTER_SEQUENCE_NUMBER, seqs.get(1))))
                .extracting(r -> r.data().asUtf8String()).containsExactly("c", "d");
        assertThat(read(bySequence("s", shardId(0), ShardIteratorType.AFTER_SEQUENCE_NUMBER, seqs.get(3))))
                .isEmpty();
    }

    @Test
    void every_returned_sequence_number_parses_back_to_its_own_record() {
        createStream("s", 4);
        List<PutRecordResponse> puts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            puts.add(kinesis.putRecord(b -> b.streamName("s").partitionKey("key-" + n)
                    .data(SdkBytes.fromUtf8String("value-" + n))));
        }

        for (int i = 0; i < puts.size(); i++) {
            PutRecordResponse p = puts.get(i);
            GetRecordsResponse r = kinesis.getRecords(b -> b.limit(1).shardIterator(
                    bySequence("s", p.shardId(), ShardIteratorType.AT_SEQUENCE_NUMBER, p.sequenceNumber())));
            assertThat(r.records()).singleElement().satisfies(rec -> {
                assertThat(rec.sequenceNumber()).isEqualTo(p.sequenceNumber());
                assertThat(rec.data().asUtf8String()).isEqualTo("value-" + puts.indexOf(p));
            });
        }
    }

    @Test
    void the_shards_starting_sequence_number_positions_before_its_first_record() {
        createStream("s", 1);
        String start = kinesis.describeStream(b -> b.streamName("s")).streamDescription().shards().get(0)
                .sequenceNumberRange().startingSequenceNumber();
        put("s", "a", "b");

        assertThat(read(bySequence("s", shardId(0), ShardIteratorType.AT_SEQUENCE_NUMBER, start)))
                .extracting(r -> r.data().asUtf8String()).containsExactly("a", "b");
        assertThat(read(bySequence("s", shardId(0), ShardIteratorType.AFTER_SEQUENCE_NUMBER, start)))
                .extracting(r -> r.data().asUtf8String()).containsExactly("a", "b");
    }

    @Test
    void at_timestamp_reads_records_that_arrived_at_or_after_the_timestamp() {
        createStream("s", 1);
        Instant t0 = harness.clock().now();
        put("s", "at-t0");
        harness.clock().advance(Duration.ofSeconds(10));
        Instant t10 = harness.clock().now();
        put("s", "at-t10");
        harness.clock().advance(Duration.ofSeconds(10));

        assertThat(read(byTimestamp("s", t0))).extracting(r -> r.data().asUtf8String())
                .containsExactly("at-t0", "at-t10");
        assertThat(read(byTimestamp("s", t0.plusMillis(1)))).extracting(r -> r.data().asUtf8String())
                .containsExactly("at-t10");
        assertThat(read(byTimestamp("s", t10))).extracting(r -> r.data().asUtf8String()).containsExactly("at-t10");
        // Before the stream existed: the trim horizon.
        assertThat(read(byTimestamp("s", t0.minus(Duration.ofDays(3))))).hasSize(2);
        String now = byTimestamp("s", harness.clock().now());
        assertThat(read(now)).isEmpty();
        put("s", "later");
        assertThat(read(now)).extracting(r -> r.data().asUtf8String()).containsExactly("later");
    }

    @Test
    void at_timestamp_in_the_future_is_rejected() {
        createStream("s", 1);
        harness.clock().advance(Duration.ofMillis(500));
        long now = harness.clock().now().toEpochMilli();

        expectError(InvalidArgumentException.class, "The timestampInMillis parameter cannot be greater than the "
                + "currentTimestampInMillis. timestampInMillis: " + (now + 1) + ", currentTimestampInMillis: " + now,
                () -> byTimestamp("s", Instant.ofEpochMilli(now + 1)));
    }

    @Test
    void at_timestamp_without_a_timestamp_is_rejected() {
        createStream("s", 1);

        expectError(InvalidArgumentException.class, "Must specify timestampInMillis parameter for iterator of type "
                + "AT_TIMESTAMP. Current request has no timestamp parameter.",
                () -> iterator("s", shardId(0), ShardIteratorType.AT_TIMESTAMP));
    }

    @Test
    void trim_horizon_or_latest_with_a_starting_sequence_number_is_rejected() {
        createStream("s", 1);
        String seq = put("s", "a").get(0);

        expectError(InvalidArgumentException.class, EITHER_OR + "TRIM_HORIZON and also a StartingSequenceNumber.",
                () -> bySequence("s", shardId(0), ShardIteratorType.TRIM_HORIZON, seq));
        expectError(InvalidArgumentException.class, EITHER_OR + "LATEST and also a StartingSequenceNumber.",
                () -> bySequence("s", shardId(0), ShardIteratorType.LATEST, seq));
    }

    @Test
    void sequence_number_iterator_types_without_a_sequence_number_are_rejected() {
        createStream("s", 1);

        expectError(InvalidArgumentException.class, EITHER_OR + "AT_SEQUENCE_NUMBER and no StartingSequenceNumber.",
                () -> iterator("s", shardId(0), ShardIteratorType.AT_SEQUENCE_NUMBER));
        expectError(InvalidArgumentException.class, EITHER_OR + "AFTER_SEQUENCE_NUMBER and no StartingSequenceNumber.",
                () -> iterator("s", shardId(0), ShardIteratorType.AFTER_SEQUENCE_NUMBER));
    }

    @Test
    void a_sequence_number_of_another_shard_is_rejected_naming_both_shards() {
        createStream("s", 2);
        String onShard1 = kinesis.putRecord(b -> b.streamName("s").partitionKey("k").explicitHashKey(
                "340282366920938463463374607431768211455").data(SdkBytes.fromUtf8String("x"))).sequenceNumber();

        expectError(InvalidArgumentException.class, "Invalid StartingSequenceNumber. It encodes shardId-000000000001, "
                + "while it was used in a call to a shard with shardId-000000000000",
                () -> bySequence("s", shardId(0), ShardIteratorType.AT_SEQUENCE_NUMBER, onShard1));
    }

    @Test
    void a_sequence_number_from_a_deleted_and_recreated_stream_is_rejected() {
        createStream("s", 1);
        String old = put("s", "old").get(0);
        kinesis.deleteStream(b -> b.streamName("s"));
        createStream("s", 1);

        expectError(InvalidArgumentException.class, "StartingSequenceNumber " + old + " used in GetShardIterator on "
                + "shard shardId-000000000000 in stream s under account 000000000000 is invalid because it did not "
                + "come from this stream.",
                () -> bySequence("s", shardId(0), ShardIteratorType.AFTER_SEQUENCE_NUMBER, old));
    }

    @Test
    void a_sequence_number_is_read_as_aws_reads_it_and_one_of_another_shard_or_no_layout_is_rejected() {
        createStream("s", 1);
        // A real AWS number: AWS reads the shard it belongs to (6) out of it.
        String foreign = "49590338271490256608559692538361571095921575989136588898";
        // Version 4: no layout AWS has.
        String noLayout = new BigInteger("2" + "0".repeat(45) + "4", 16).toString();

        expectError(InvalidArgumentException.class, "Invalid StartingSequenceNumber. It encodes shardId-000000000006, "
                + "while it was used in a call to a shard with shardId-000000000000",
                () -> bySequence("s", shardId(0), ShardIteratorType.AT_SEQUENCE_NUMBER, foreign));
        // A small number is AWS's oldest layout, whose last four hex digits are the shard.
        expectError(InvalidArgumentException.class, "Invalid StartingSequenceNumber. It encodes shardId-000000000005, "
                + "while it was used in a call to a shard with shardId-000000000000",
                () -> bySequence("s", shardId(0), ShardIteratorType.AT_SEQUENCE_NUMBER, "5"));
        expectError(InvalidArgumentException.class, "StartingSequenceNumber " + noLayout + " used in GetShardIterator "
                + "on shard shardId-000000000000 in stream s under account 000000000000 is invalid.",
                () -> bySequence("s", shardId(0), ShardIteratorType.AT_SEQUENCE_NUMBER, noLayout));
    }

    @Test
    void short_shard_ids_name_the_same_shard() {
        createStream("s", 2);
        kinesis.putRecord(b -> b.streamName("s").partitionKey("k").explicitHashKey(
                "340282366920938463463374607431768211455").data(SdkBytes.fromUtf8String("on-1")));

        for (String id : List.of("shardId-000000000001", "shardId-1", "1", "shardId-0001")) {
            assertThat(read(iterator("s", id, ShardIteratorType.TRIM_HORIZON))).as(id)
                    .extracting(r -> r.data().asUtf8String()).containsExactly("on-1");
        }
    }

    @Test
    void a_shard_beyond_the_streams_shards_does_not_exist() {
        createStream("s", 2);

        expectError(ResourceNotFoundException.class, "Shard shardId-000000000002 in stream s under account "
                + "000000000000 does not exist", () -> iterator("s", shardId(2), ShardIteratorType.LATEST));
        expectError(ResourceNotFoundException.class, "Shard shardId-000000000005 in stream s under account "
                + "000000000000 does not exist", () -> iterator("s", "5", ShardIteratorType.LATEST));
    }

    @Test
    void a_shard_id_without_a_shard_number_cannot_be_found() {
        createStream("s", 1);

        expectError(ResourceNotFoundException.class, "Could not find shard ABKLFD8 in stream s under account "
                + "000000000000.", () -> iterator("s", "ABKLFD8", ShardIteratorType.LATEST));
        expectError(ResourceNotFoundException.class, "Could not find shard shardId-002147483648 in stream s under "
                + "account 000000000000.", () -> iterator("s", "shardId-002147483648", ShardIteratorType.LATEST));
    }

    @Test
    void get_shard_iterator_on_a_missing_stream_reports_the_shard_missing() {
        expectError(ResourceNotFoundException.class, "Shard shardId-000000000000 in stream ghost under account "
                + "000000000000 does not exist", () -> iterator("ghost", shardId(0), ShardIteratorType.LATEST));
    }

    @Test
    void an_iterator_can_be_used_again_until_it_expires() {
        createStream("s", 1);
        put("s", "a", "b");
        String it = iterator("s", shardId(0), ShardIteratorType.TRIM_HORIZON);

        List<Record> first = read(it);
        List<Record> again = read(it);

        assertThat(again).isEqualTo(first).hasSize(2);
    }

    @Test
    void malformed_shard_iterators_are_invalid() {
        createStream("s", 1);
        String good = iterator("s", shardId(0), ShardIteratorType.TRIM_HORIZON);
        byte[] raw = Base64.getDecoder().decode(good);
        raw[raw.length / 2] ^= 0x01;
        String tampered = Base64.getEncoder().encodeToString(raw);
        String truncated = good.substring(0, good.length() - 8);

        for (String bad : List.of("not-an-iterator!", "AAAAAAAAAAE=", tampered, truncated, "x")) {
            expectError(InvalidArgumentException.class, "Invalid ShardIterator.",
                    () -> kinesis.getRecords(b -> b.shardIterator(bad)));
        }
        assertThat(read(good)).isEmpty();
    }

    @Test
    void get_records_on_a_deleted_stream_reports_the_shard_missing() {
        createStream("s", 2);
        String it = iterator("s", shardId(1), ShardIteratorType.TRIM_HORIZON);
        kinesis.deleteStream(b -> b.streamName("s"));

        expectError(ResourceNotFoundException.class, "Shard shardId-000000000001 in stream s under account "
                + "000000000000 does not exist", () -> kinesis.getRecords(b -> b.shardIterator(it)));
    }

    private List<String> put(String stream, String... values) {
        List<String> seqs = new ArrayList<>();
        for (String v : values) {
            seqs.add(kinesis.putRecord(b -> b.streamName(stream).partitionKey("k").data(SdkBytes.fromUtf8String(v)))
                    .sequenceNumber());
        }
        return seqs;
    }

    private List<Record> read(String iterator) {
        return kinesis.getRecords(b -> b.shardIterator(iterator)).records();
    }

    private String bySequence(String stream, String shardId, ShardIteratorType type, String sequenceNumber) {
        return kinesis.getShardIterator(b -> b.streamName(stream).shardId(shardId).shardIteratorType(type)
                .startingSequenceNumber(sequenceNumber)).shardIterator();
    }

    private String byTimestamp(String stream, Instant timestamp) {
        return kinesis.getShardIterator(b -> b.streamName(stream).shardId(shardId(0))
                .shardIteratorType(ShardIteratorType.AT_TIMESTAMP).timestamp(timestamp)).shardIterator();
    }
}
