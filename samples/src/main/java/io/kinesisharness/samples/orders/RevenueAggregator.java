package io.kinesisharness.samples.orders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ExpiredIteratorException;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * Sums revenue per customer from the orders stream. It remembers, per shard, the last sequence number it
 * processed (its checkpoint) and the iterator to continue with; when an iterator has expired (it lives five
 * minutes) it asks for a new one just after the checkpoint, so nothing is counted twice or skipped.
 */
public final class RevenueAggregator {

    private final KinesisClient kinesis;
    private final String stream;
    private final Map<String, String> iterators = new HashMap<>();
    private final Map<String, String> checkpoints = new HashMap<>();
    private final Map<String, Long> revenueCents = new HashMap<>();
    private int expiredIteratorsRecovered;

    public RevenueAggregator(KinesisClient kinesis, String stream) {
        this.kinesis = kinesis;
        this.stream = stream;
    }

    /** Reads what is available on every shard once; returns the number of orders processed. */
    public int poll() {
        int processed = 0;
        List<Shard> shards = kinesis.listShards(r -> r.streamName(stream)).shards();
        for (Shard shard : shards) {
            processed += pollShard(shard.shardId());
        }
        return processed;
    }

    private int pollShard(String shardId) {
        GetRecordsResponse page;
        try {
            page = kinesis.getRecords(r -> r.shardIterator(iterator(shardId)));
        } catch (ExpiredIteratorException e) {
            expiredIteratorsRecovered++;
            iterators.remove(shardId);
            page = kinesis.getRecords(r -> r.shardIterator(iterator(shardId)));
        }
        for (Record record : page.records()) {
            OrderEvent order = OrderEvent.fromJson(record.data().asByteArray());
            revenueCents.merge(order.customerId(), order.amountCents(), Long::sum);
            checkpoints.put(shardId, record.sequenceNumber());
        }
        iterators.put(shardId, page.nextShardIterator());
        return page.records().size();
    }

    private String iterator(String shardId) {
        String existing = iterators.get(shardId);
        if (existing != null) {
            return existing;
        }
        String checkpoint = checkpoints.get(shardId);
        return kinesis.getShardIterator(r -> {
            r.streamName(stream).shardId(shardId);
            if (checkpoint == null) {
                r.shardIteratorType(ShardIteratorType.TRIM_HORIZON);
            } else {
                r.shardIteratorType(ShardIteratorType.AFTER_SEQUENCE_NUMBER).startingSequenceNumber(checkpoint);
            }
        }).shardIterator();
    }

    public Map<String, Long> revenueCents() {
        return Map.copyOf(revenueCents);
    }

    public int expiredIteratorsRecovered() {
        return expiredIteratorsRecovered;
    }
}
