package io.kinesisharness.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.ChildShard;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ScalingType;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardFilterType;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/** What readers see across a reshard: parents to their end, then children; listings and filters; expiry. */
abstract class ReadingAcrossReshardsContract extends KinesisContract {

    @Test
    void a_reader_from_trim_horizon_reads_the_parent_fully_then_learns_its_children() {
        createStream("s", 1);
        put("s", "5", "before-1");
        put("s", "50", "before-2");
        kinesis.splitShard(b -> b.streamName("s").shardToSplit(shardId(0)).newStartingHashKey("10"));
        put("s", "5", "after-low");
        put("s", "50", "after-high");

        GetRecordsResponse parent = kinesis.getRecords(b -> b.shardIterator(
                iterator("s", shardId(0), ShardIteratorType.TRIM_HORIZON)));

        assertThat(parent.records()).extracting(r -> r.data().asUtf8String()).containsExactly("before-1", "before-2");
        assertThat(parent.nextShardIterator()).isNull();
        assertThat(parent.childShards()).extracting(ChildShard::shardId).containsExactly(shardId(1), shardId(2));
        for (ChildShard child : parent.childShards()) {
            assertThat(child.parentShards()).containsExactly(shardId(0));
        }
        assertThat(parent.childShards().get(0).hashKeyRange().endingHashKey()).isEqualTo("9");
        assertThat(parent.childShards().get(1).hashKeyRange().startingHashKey()).isEqualTo("10");
        assertThat(readAll("s", shardId(1))).extracting(r -> r.data().asUtf8String()).containsExactly("after-low");
        assertThat(readAll("s", shardId(2))).extracting(r -> r.data().asUtf8String()).containsExactly("after-high");
    }

    @Test
    void following_the_lineage_after_update_shard_count_reads_every_record_of_a_key_in_order() {
        createStream("s", 2);
        List<String> written = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                String data = "r" + round + "-" + i;
                kinesis.putRecord(b -> b.streamName("s").partitionKey("same-key").data(SdkBytes.fromUtf8String(data)));
                written.add(data);
            }
            int target = round == 0 ? 4 : 2;
            kinesis.updateShardCount(b -> b.streamName("s").targetShardCount(target)
                    .scalingType(ScalingType.UNIFORM_SCALING));
        }

        List<String> read = new ArrayList<>();
        String shard = shardHoldingKeyAtStart("s");
        while (shard != null) {
            String id = shard;
            GetRecordsResponse r = kinesis.getRecords(b -> b.shardIterator(
                    iterator("s", id, ShardIteratorType.TRIM_HORIZON)));
            r.records().forEach(rec -> read.add(rec.data().asUtf8String()));
            assertThat(r.nextShardIterator() == null).as("end of %s reached", id).isEqualTo(r.hasChildShards());
            shard = r.hasChildShards() ? childHolding(r.childShards(), "same-key") : null;
        }

        assertThat(read).containsExactlyElementsOf(written);
    }

    @Test
    void get_records_at_the_end_of_a_closed_shard_gives_no_next_iterator_and_names_the_merge_child() {
        createStream("s", 2);
        kinesis.mergeShards(b -> b.streamName("s").shardToMerge(shardId(0)).adjacentShardToMerge(shardId(1)));

        for (String parent : List.of(shardId(0), shardId(1))) {
            GetRecordsResponse r = kinesis.getRecords(b -> b.shardIterator(
                    iterator("s", parent, ShardIteratorType.LATEST)));
            assertThat(r.records()).isEmpty();
            assertThat(r.nextShardIterator()).isNull();
            assertThat(r.childShards()).singleElement().satisfies(c -> {
                assertThat(c.shardId()).isEqualTo(shardId(2));
                assertThat(c.parentShards()).containsExactly(shardId(0), shardId(1));
                assertThat(c.hashKeyRange().startingHashKey()).isEqualTo("0");
                assertThat(c.hashKeyRange().endingHashKey()).isEqualTo(ReshardingContract.MAX.toString());
            });
        }
    }

    @Test
    void shard_filters_after_a_split_tell_open_from_closed_shards() {
        createStream("s", 2);
        harness.clock().advance(Duration.ofMinutes(1));
        java.time.Instant beforeSplit = harness.clock().now();
        harness.clock().advance(Duration.ofMinutes(1));
        kinesis.splitShard(b -> b.streamName("s").shardToSplit(shardId(0)).newStartingHashKey("10"));

        assertThat(ids(ShardFilterType.AT_LATEST, null, null)).containsExactly(shardId(1), shardId(2), shardId(3));
        assertThat(ids(ShardFilterType.AT_TRIM_HORIZON, null, null)).containsExactly(shardId(0), shardId(1));
        assertThat(ids(ShardFilterType.FROM_TRIM_HORIZON, null, null))
                .containsExactly(shardId(0), shardId(1), shardId(2), shardId(3));
        assertThat(ids(ShardFilterType.AT_TIMESTAMP, null, beforeSplit)).containsExactly(shardId(0), shardId(1));
        assertThat(ids(ShardFilterType.AFTER_SHARD_ID, shardId(1), null)).containsExactly(shardId(2), shardId(3));
        assertThat(kinesis.describeStream(b -> b.streamName("s")).streamDescription().shards()).hasSize(4);
    }

    @Test
    void a_closed_parent_stays_readable_and_listed_until_its_records_age_out() {
        createStream("s", 1);
        put("s", "5", "old");
        kinesis.splitShard(b -> b.streamName("s").shardToSplit(shardId(0)).newStartingHashKey("10"));

        harness.clock().advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(readAll("s", shardId(0))).extracting(r -> r.data().asUtf8String()).containsExactly("old");
        assertThat(kinesis.listShards(b -> b.streamName("s")).shards()).hasSize(3);

        harness.clock().advance(Duration.ofMinutes(2));
        assertThat(kinesis.listShards(b -> b.streamName("s")).shards()).extracting(Shard::shardId)
                .containsExactly(shardId(1), shardId(2));
        assertThat(kinesis.describeStream(b -> b.streamName("s")).streamDescription().shards()).hasSize(2);
    }

    @Test
    void sequence_numbers_of_children_follow_their_parent_and_the_parent_ending_number_covers_its_records() {
        createStream("s", 1);
        String last = kinesis.putRecord(b -> b.streamName("s").partitionKey("k").explicitHashKey("5")
                .data(SdkBytes.fromUtf8String("x"))).sequenceNumber();
        kinesis.splitShard(b -> b.streamName("s").shardToSplit(shardId(0)).newStartingHashKey("10"));
        String child = kinesis.putRecord(b -> b.streamName("s").partitionKey("k").explicitHashKey("5")
                .data(SdkBytes.fromUtf8String("y"))).sequenceNumber();

        List<Shard> shards = kinesis.listShards(b -> b.streamName("s")).shards();
        String ending = shards.get(0).sequenceNumberRange().endingSequenceNumber();
        assertThat(ending).isGreaterThanOrEqualTo(last);
        assertThat(child).isGreaterThan(shards.get(1).sequenceNumberRange().startingSequenceNumber());
        List<Record> atEnding = kinesis.getRecords(b -> b.shardIterator(kinesis.getShardIterator(i -> i
                .streamName("s").shardId(shardId(0)).shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)
                .startingSequenceNumber(last)).shardIterator())).records();
        assertThat(atEnding).extracting(Record::sequenceNumber).containsExactly(last);
    }

    @Test
    void records_written_while_shards_split_and_merge_are_all_kept_inside_their_shards_ranges() throws Exception {
        createStream("s", 1);
        int writers = 4;
        int perWriter = 150;
        java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    String key = writer + "-" + i;
                    kinesis.putRecord(b -> b.streamName("s").partitionKey(key).data(SdkBytes.fromUtf8String(key)));
                    written.incrementAndGet();
                }
            }));
        }
        int[] targets = {2, 4, 2, 1};
        for (int step = 0; step < targets.length; step++) {
            int target = targets[step];
            // Each reshard waits for a share of the writes, so writes surely straddle every one of them.
            int due = (step + 1) * writers * perWriter / (targets.length + 1);
            while (written.get() < due && !done.stream().allMatch(java.util.concurrent.Future::isDone)) {
                Thread.onSpinWait();
            }
            kinesis.updateShardCount(b -> b.streamName("s").targetShardCount(target)
                    .scalingType(ScalingType.UNIFORM_SCALING));
        }
        for (java.util.concurrent.Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        int total = 0;
        for (Shard shard : kinesis.listShards(b -> b.streamName("s")).shards()) {
            String ending = shard.sequenceNumberRange().endingSequenceNumber();
            for (Record r : readAll("s", shard.shardId())) {
                java.math.BigInteger key = RecordsContract.md5(r.partitionKey());
                assertThat(key).isBetween(new java.math.BigInteger(shard.hashKeyRange().startingHashKey()),
                        new java.math.BigInteger(shard.hashKeyRange().endingHashKey()));
                assertThat(r.sequenceNumber())
                        .isGreaterThan(shard.sequenceNumberRange().startingSequenceNumber());
                if (ending != null) {
                    assertThat(r.sequenceNumber()).isLessThanOrEqualTo(ending);
                }
                total++;
            }
        }
        assertThat(total).isEqualTo(writers * perWriter);
    }

    private List<String> ids(ShardFilterType type, String shardId, java.time.Instant at) {
        return kinesis.listShards(b -> b.streamName("s").shardFilter(f -> f.type(type).shardId(shardId).timestamp(at)))
                .shards().stream().map(Shard::shardId).toList();
    }

    private void put(String stream, String hashKey, String data) {
        kinesis.putRecord(b -> b.streamName(stream).partitionKey("k").explicitHashKey(hashKey)
                .data(SdkBytes.fromUtf8String(data)));
    }

    /** The shard of the stream's first generation that holds the key {@code same-key}. */
    private String shardHoldingKeyAtStart(String stream) {
        java.math.BigInteger key = RecordsContract.md5("same-key");
        return kinesis.listShards(b -> b.streamName(stream)).shards().stream()
                .filter(s -> s.parentShardId() == null)
                .filter(s -> new java.math.BigInteger(s.hashKeyRange().startingHashKey()).compareTo(key) <= 0
                        && new java.math.BigInteger(s.hashKeyRange().endingHashKey()).compareTo(key) >= 0)
                .findFirst().orElseThrow().shardId();
    }

    private static String childHolding(List<ChildShard> children, String partitionKey) {
        java.math.BigInteger key = RecordsContract.md5(partitionKey);
        return children.stream()
                .filter(c -> new java.math.BigInteger(c.hashKeyRange().startingHashKey()).compareTo(key) <= 0
                        && new java.math.BigInteger(c.hashKeyRange().endingHashKey()).compareTo(key) >= 0)
                .findFirst().orElseThrow().shardId();
    }
}
