package io.kinesisharness.internal.kinesis.fanout;

import io.kinesisharness.internal.kinesis.api.SubscribeToShardEvent;
import io.kinesisharness.internal.kinesis.model.StreamShard;
import io.kinesisharness.internal.kinesis.ops.ReadOperations;
import io.kinesisharness.internal.kinesis.store.ShardLog;
import io.kinesisharness.internal.kinesis.store.StoredRecord;

/** The events of a subscription, as values; the protocol encodes and frames them. */
public final class SubscriptionEvents {

    private SubscriptionEvents() {
    }

    /**
     * A SubscribeToShardEvent carrying a page of the log. ContinuationSequenceNumber is where a new
     * subscription would go on from (AFTER_SEQUENCE_NUMBER); at the end of a closed shard it is left out and
     * ChildShards name the shards that continue it, as AWS does.
     */
    public static SubscribeToShardEvent records(StreamShard shard, ShardLog.Page page, long nowMillis, boolean shardEnd) {
        long behind = page.nextArrivalMillis() < 0 ? 0 : Math.max(0, nowMillis - page.nextArrivalMillis());
        return shardEnd
                ? new SubscribeToShardEvent(page.records(), null, behind,
                        ReadOperations.childShards(shard.stream(), shard))
                : new SubscribeToShardEvent(page.records(), continuation(shard, page), behind, null);
    }

    /** The sequence number of the last position read: the last record sent, or the one before the next. */
    private static String continuation(StreamShard shard, ShardLog.Page page) {
        if (!page.records().isEmpty()) {
            return page.records().get(page.records().size() - 1).sequenceNumber();
        }
        long ordinal = page.nextOrdinal() - 1;
        if (ordinal <= 0) {
            return shard.sequenceNumber(shard.createdMillis(), 0);
        }
        StoredRecord last = shard.log().last();
        long arrival = last != null && last.ordinal() == ordinal ? last.arrivalMillis() : shard.log().lastArrivalMillis();
        return shard.sequenceNumber(arrival, ordinal);
    }
}
