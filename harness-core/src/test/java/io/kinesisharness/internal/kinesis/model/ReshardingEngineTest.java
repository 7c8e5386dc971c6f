package io.kinesisharness.internal.kinesis.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.kinesis.store.StoredRecord;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The resharding engine without the wire: closing, delayed changes and uniform rescaling. */
class ReshardingEngineTest {

    private static final Scope SCOPE = new Scope("000000000000", "us-east-1");

    @Test
    void a_closed_log_refuses_appends_so_no_record_can_follow_the_ending_sequence_number() {
        KinesisStream stream = stream(1);
        StreamShard shard = stream.shard(0);
        assertThat(append(shard, 5)).isNotNull();

        shard.close(10);

        assertThat(append(shard, 11)).isNull();
        assertThat(shard.describe().sequenceNumberRange().endingSequenceNumber())
                .isEqualTo(shard.sequenceNumber(10, 1));
    }

    @Test
    void a_pending_change_takes_effect_exactly_at_its_due_time() {
        KinesisStream stream = stream(1);
        StreamShard parent = stream.shard(0);

        stream.beginUpdate(0, 1_000, at -> Resharding.split(stream, parent, BigInteger.TEN, at));

        stream.settle(999);
        assertThat(stream.status(999)).isEqualTo(StreamStatus.UPDATING);
        assertThat(stream.allShards()).hasSize(1);
        stream.settle(5_000);
        assertThat(stream.status(5_000)).isEqualTo(StreamStatus.ACTIVE);
        assertThat(stream.allShards()).hasSize(3);
        assertThat(parent.closedMillis()).isEqualTo(1_000);
        assertThat(stream.shard(1).createdMillis()).isEqualTo(1_000);
        assertThat(stream.openShards()).extracting(StreamShard::id).containsExactly("shardId-000000000001",
                "shardId-000000000002");
    }

    @Test
    void uniform_rescaling_between_any_counts_leaves_contiguous_even_shards_with_adjacent_parents() {
        int[][] cases = {{1, 2}, {2, 1}, {3, 4}, {4, 3}, {5, 7}, {7, 4}, {6, 12}, {12, 6}, {10, 13}};
        for (int[] c : cases) {
            KinesisStream stream = stream(c[0]);

            Resharding.uniform(stream, c[1], 100);

            List<StreamShard> open = stream.openShards().stream()
                    .sorted(Comparator.comparing(StreamShard::startingHashKey)).toList();
            assertThat(open).as("%d -> %d", c[0], c[1]).hasSize(c[1]);
            BigInteger step = KinesisStream.MAX_HASH_KEY.add(BigInteger.ONE).divide(BigInteger.valueOf(c[1]));
            for (int i = 0; i < open.size(); i++) {
                assertThat(open.get(i).startingHashKey()).isEqualTo(step.multiply(BigInteger.valueOf(i)));
            }
            assertThat(open.get(open.size() - 1).endingHashKey()).isEqualTo(KinesisStream.MAX_HASH_KEY);
            Map<String, StreamShard> byId = stream.allShards().stream()
                    .collect(Collectors.toMap(StreamShard::id, Function.identity()));
            for (StreamShard s : stream.allShards().subList(c[0], stream.allShards().size())) {
                StreamShard parent = byId.get(s.parentShardId());
                assertThat(parent.isOpen()).isFalse();
                if (s.adjacentParentShardId() != null) {
                    StreamShard adjacent = byId.get(s.adjacentParentShardId());
                    assertThat(parent.endingHashKey().add(BigInteger.ONE)).isEqualTo(adjacent.startingHashKey());
                    assertThat(s.startingHashKey()).isEqualTo(parent.startingHashKey());
                    assertThat(s.endingHashKey()).isEqualTo(adjacent.endingHashKey());
                }
            }
        }
    }

    private static KinesisStream stream(int shards) {
        KinesisStream stream = new KinesisStream(SCOPE, "s", 1, 0, 0, "PROVISIONED");
        stream.createInitialShards(shards);
        return stream;
    }

    private static StoredRecord append(StreamShard shard, long now) {
        return shard.log().append(now, new byte[] {1}, "k", null, shard.sequencePrefix(), Long.MIN_VALUE);
    }
}
