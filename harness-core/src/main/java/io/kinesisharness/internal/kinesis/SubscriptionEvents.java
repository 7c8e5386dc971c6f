package io.kinesisharness.internal.kinesis;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kinesisharness.internal.dispatch.ErrorWriter;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.kinesis.api.SubscribeToShardEvent;
import io.kinesisharness.internal.protocol.EventStreamFrames;
import io.kinesisharness.internal.protocol.WireFormat;
import java.util.Map;

/** The event-stream messages of a subscription, their payloads in the request's format. */
final class SubscriptionEvents {

    private SubscriptionEvents() {
    }

    /** The payload of the initial-response event: an empty structure. */
    static byte[] empty(WireFormat format) {
        return encode(format, Map.of());
    }

    /**
     * A SubscribeToShardEvent carrying a page of the log. ContinuationSequenceNumber is where a new
     * subscription would go on from (AFTER_SEQUENCE_NUMBER); at the end of a closed shard it is left out and
     * ChildShards name the shards that continue it, as AWS does.
     */
    static byte[] records(WireFormat format, StreamShard shard, ShardLog.Page page, long nowMillis,
            boolean shardEnd) {
        long behind = page.nextArrivalMillis() < 0 ? 0 : Math.max(0, nowMillis - page.nextArrivalMillis());
        SubscribeToShardEvent event = shardEnd
                ? new SubscribeToShardEvent(page.records(), null, behind,
                        ReadOperations.childShards(shard.stream(), shard))
                : new SubscribeToShardEvent(page.records(), continuation(shard, page), behind, null);
        return EventStreamFrames.event("SubscribeToShardEvent", format, encode(format, event));
    }

    static byte[] exception(WireFormat format, AwsException e) {
        return EventStreamFrames.exception(e.code(), format, ErrorWriter.body(e.code(), e.getMessage(), format));
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
        StoredRecord last = shard.log.last();
        long arrival = last != null && last.ordinal == ordinal ? last.arrivalMillis : shard.log.lastArrivalMillis();
        return shard.sequenceNumber(arrival, ordinal);
    }

    private static byte[] encode(WireFormat format, Object value) {
        try {
            return format.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode a subscription event", e);
        }
    }
}
