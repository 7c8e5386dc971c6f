package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;
import software.amazon.awssdk.services.kinesis.model.ScalingType;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Throttling on the MANUAL clock: exactly the documented number of calls or bytes pass at one instant, the next
 * fails, and a second of harness time frees the bucket. No test sleeps.
 */
abstract class ThrottlingContract extends KinesisContract {

    private static final int KIB = 1024;
    private static final String LOW = "0";
    private static final String HIGH = "340282366920938463463374607431768211455";

    @Override
    protected KinesisHarness.Builder configure(KinesisHarness.Builder builder) {
        return builder.throttling(true);
    }

    @Test
    void a_shard_takes_1000_records_a_second_and_then_refuses_put_record() {
        createStream("s", 1);
        for (int i = 0; i < 10; i++) {
            PutRecordsResponse r = kinesis.putRecords(b -> b.streamName("s").records(entries(100, 1, LOW)));
            assertThat(r.failedRecordCount()).isZero();
        }

        expectError(ProvisionedThroughputExceededException.class, "Rate exceeded for shard shardId-000000000000 in "
                + "stream s under account " + ACCOUNT + ".", () -> put("s", LOW, 1));
        harness.clock().advance(Duration.ofSeconds(1));
        put("s", LOW, 1);
    }

    @Test
    void a_shard_takes_1_mib_a_second() {
        createStream("s", 1);
        // 4 records of 256 KiB including their one-character partition key make exactly 1 MiB.
        for (int i = 0; i < 4; i++) {
            put("s", LOW, 256 * KIB - 1);
        }

        expectError(ProvisionedThroughputExceededException.class, "Rate exceeded for shard shardId-000000000000 in "
                + "stream s under account " + ACCOUNT + ".", () -> put("s", LOW, 1));
        harness.clock().advance(Duration.ofMillis(500));
        put("s", LOW, 512 * KIB - 1);
        expectError(ProvisionedThroughputExceededException.class, "Rate exceeded for shard shardId-000000000000 in "
                + "stream s under account " + ACCOUNT + ".", () -> put("s", LOW, 1));
    }

    @Test
    void put_records_fails_only_the_entries_of_a_shard_over_its_limit() {
        createStream("s", 2);
        for (int i = 0; i < 2; i++) {
            kinesis.putRecords(b -> b.streamName("s").records(entries(500, 1, LOW)));
        }
        List<PutRecordsRequestEntry> mixed = new ArrayList<>(entries(3, 1, LOW));
        mixed.addAll(entries(2, 1, HIGH));

        PutRecordsResponse r = kinesis.putRecords(b -> b.streamName("s").records(mixed));

        assertThat(r.failedRecordCount()).isEqualTo(3);
        assertThat(r.records()).hasSize(5);
        for (PutRecordsResultEntry e : r.records().subList(0, 3)) {
            assertThat(e.errorCode()).isEqualTo("ProvisionedThroughputExceededException");
            assertThat(e.errorMessage()).isEqualTo("Rate exceeded for shard shardId-000000000000 in stream s under "
                    + "account " + ACCOUNT + ".");
            assertThat(e.sequenceNumber()).isNull();
        }
        for (PutRecordsResultEntry e : r.records().subList(3, 5)) {
            assertThat(e.shardId()).isEqualTo(shardId(1));
            assertThat(e.errorCode()).isNull();
        }
        assertThat(readAll("s", shardId(0))).hasSize(1000);
    }

    @Test
    void get_records_allows_5_calls_a_second_per_shard() {
        createStream("s", 1);
        String it = iterator("s", shardId(0), ShardIteratorType.TRIM_HORIZON);
        for (int i = 0; i < 5; i++) {
            kinesis.getRecords(b -> b.shardIterator(it));
        }

        expectError(ProvisionedThroughputExceededException.class, "Rate exceeded for shard shardId-000000000000 in "
                + "stream s under account " + ACCOUNT + ".", () -> kinesis.getRecords(b -> b.shardIterator(it)));
        harness.clock().advance(Duration.ofSeconds(1));
        kinesis.getRecords(b -> b.shardIterator(it));
    }

    @Test
    void get_records_reads_2_mib_a_second_per_shard() {
        createStream("s", 1);
        for (int second = 0; second < 3; second++) {
            for (int i = 0; i < 4; i++) {
                put("s", LOW, 256 * KIB - 1);
            }
            harness.clock().advance(Duration.ofSeconds(1));
        }
        String it = iterator("s", shardId(0), ShardIteratorType.TRIM_HORIZON);

        GetRecordsResponse first = kinesis.getRecords(b -> b.shardIterator(it).limit(8));

        assertThat(first.records()).hasSize(8);
        expectError(ProvisionedThroughputExceededException.class, "Rate exceeded for shard shardId-000000000000 in "
                + "stream s under account " + ACCOUNT + ".",
                () -> kinesis.getRecords(b -> b.shardIterator(first.nextShardIterator())));
        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(kinesis.getRecords(b -> b.shardIterator(first.nextShardIterator())).records()).hasSize(4);
    }

    @Test
    void get_shard_iterator_allows_5_calls_a_second_per_shard() {
        createStream("s", 1);
        for (int i = 0; i < 5; i++) {
            iterator("s", shardId(0), ShardIteratorType.LATEST);
        }

        expectError(ProvisionedThroughputExceededException.class, "Rate exceeded for shard shardId-000000000000 in "
                + "stream s under account " + ACCOUNT + ".", () -> iterator("s", shardId(0), ShardIteratorType.LATEST));
    }

    @Test
    void describe_stream_allows_10_calls_a_second_per_account() {
        createStream("s", 1);
        harness.clock().advance(Duration.ofSeconds(1));
        for (int i = 0; i < 10; i++) {
            kinesis.describeStream(b -> b.streamName("s"));
        }

        expectError(LimitExceededException.class, "Rate exceeded for stream s under account " + ACCOUNT + ".",
                () -> kinesis.describeStream(b -> b.streamName("s")));
        harness.clock().advance(Duration.ofSeconds(1));
        kinesis.describeStream(b -> b.streamName("s"));
    }

    @Test
    void list_streams_and_create_stream_allow_5_calls_a_second() {
        for (int i = 0; i < 5; i++) {
            kinesis.listStreams();
        }
        LimitExceededException e = expectError(LimitExceededException.class, "Rate exceeded for account " + ACCOUNT
                + ".", () -> kinesis.listStreams());
        assertThat(e.statusCode()).isEqualTo(400);

        for (int i = 0; i < 5; i++) {
            int n = i;
            kinesis.createStream(b -> b.streamName("s" + n).shardCount(1));
        }
        expectError(LimitExceededException.class, "Rate exceeded for stream s5 under account " + ACCOUNT + ".",
                () -> kinesis.createStream(b -> b.streamName("s5").shardCount(1)));
    }

    @Test
    void update_shard_count_scales_a_stream_at_most_ten_times_a_day() {
        createStream("s", 1);
        for (int i = 0; i < 10; i++) {
            int target = i % 2 == 0 ? 2 : 1;
            kinesis.updateShardCount(b -> b.streamName("s").targetShardCount(target)
                    .scalingType(ScalingType.UNIFORM_SCALING));
        }
        harness.clock().advance(Duration.ofHours(23));

        expectError(LimitExceededException.class, "Rate exceeded for stream s under account " + ACCOUNT + ".",
                () -> kinesis.updateShardCount(b -> b.streamName("s").targetShardCount(2)
                        .scalingType(ScalingType.UNIFORM_SCALING)));
        harness.clock().advance(Duration.ofHours(1));
        kinesis.updateShardCount(b -> b.streamName("s").targetShardCount(2).scalingType(ScalingType.UNIFORM_SCALING));
    }

    private void put(String stream, String hashKey, int bytes) {
        kinesis.putRecord(b -> b.streamName(stream).partitionKey("k").explicitHashKey(hashKey)
                .data(SdkBytes.fromByteArray(new byte[bytes])));
    }

    private static List<PutRecordsRequestEntry> entries(int n, int bytes, String hashKey) {
        List<PutRecordsRequestEntry> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(PutRecordsRequestEntry.builder().partitionKey("k").explicitHashKey(hashKey)
                    .data(SdkBytes.fromByteArray(new byte[bytes])).build());
        }
        return list;
    }
}
