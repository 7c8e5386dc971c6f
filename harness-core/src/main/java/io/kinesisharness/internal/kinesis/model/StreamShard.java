package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.kinesis.api.HashKeyRange;
import io.kinesisharness.internal.kinesis.api.SequenceNumberRange;
import io.kinesisharness.internal.kinesis.api.Shard;
import io.kinesisharness.internal.kinesis.store.ShardLog;
import java.math.BigInteger;

/** One shard: its hash-key range, lineage, lifetime and records. */
public final class StreamShard {

    private final KinesisStream stream;
    private final int index;
    private final String id;
    private final BigInteger startingHashKey;
    private final BigInteger endingHashKey;
    private final HashKey startKey;
    private final HashKey endKey;
    private final String parentShardId;
    private final String adjacentParentShardId;
    private final long createdMillis;
    private final SequenceNumbers.Prefix sequencePrefix;
    private final String startingSequenceNumber;
    private final ShardLog log = new ShardLog();
    /** Set once when the shard closes (split, merge, reshard); -1 while open. */
    private volatile long closedMillis = -1;
    private volatile String endingSequenceNumber;

    public StreamShard(KinesisStream stream, int index, BigInteger start, BigInteger end, String parent,
            String adjacentParent, long createdMillis) {
        this.stream = stream;
        this.index = index;
        this.id = idOf(index);
        this.startingHashKey = start;
        this.endingHashKey = end;
        this.startKey = HashKey.of(start);
        this.endKey = HashKey.of(end);
        this.parentShardId = parent;
        this.adjacentParentShardId = adjacentParent;
        this.createdMillis = createdMillis;
        this.sequencePrefix = new SequenceNumbers.Prefix(createdMillis, index, stream.incarnation());
        this.startingSequenceNumber = sequencePrefix.format(createdMillis, 0);
    }

    public static String idOf(int index) {
        String digits = Integer.toString(index);
        return "shardId-" + "000000000000".substring(Math.min(12, digits.length())) + digits;
    }

    /**
     * The shard index an id names, or -1. Like AWS, only the digits after the first dash count, so
     * {@code shardId-000000000001}, {@code shardId-1} and {@code 1} all name shard 1.
     */
    public static int indexOf(String shardId) {
        if (shardId == null) {
            return -1;
        }
        String digits = shardId.substring(shardId.indexOf('-') + 1);
        if (digits.isEmpty() || digits.length() > 20) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
            if (value > Integer.MAX_VALUE) {
                return -1;
            }
        }
        return (int) value;
    }

    public KinesisStream stream() {
        return stream;
    }

    public int index() {
        return index;
    }

    public String id() {
        return id;
    }

    public long createdMillis() {
        return createdMillis;
    }

    public BigInteger startingHashKey() {
        return startingHashKey;
    }

    public BigInteger endingHashKey() {
        return endingHashKey;
    }

    public HashKey startKey() {
        return startKey;
    }

    public HashKey endKey() {
        return endKey;
    }

    public boolean isOpen() {
        return closedMillis < 0;
    }

    public long closedMillis() {
        return closedMillis;
    }

    public String sequenceNumber(long arrivalMillis, long ordinal) {
        return sequencePrefix.format(arrivalMillis, ordinal);
    }

    public SequenceNumbers.Prefix sequencePrefix() {
        return sequencePrefix;
    }

    /** Closes the shard: no more writes; readers reach its end and are shown its children. */
    public void close(long nowMillis) {
        synchronized (log) {
            // Under the log's lock, so no record lands after the ending sequence number is fixed.
            log.close();
            long lastOrdinal = log.nextOrdinal() - 1;
            long at = Math.max(nowMillis, log.lastArrivalMillis());
            endingSequenceNumber = sequenceNumber(at, lastOrdinal);
            closedMillis = nowMillis;
        }
        // Subscribers at the shard's end learn it is closed and send its children.
        log.fireChanged();
    }

    public Shard describe() {
        return new Shard(id, parentShardId, adjacentParentShardId,
                new HashKeyRange(startingHashKey.toString(), endingHashKey.toString()),
                new SequenceNumberRange(startingSequenceNumber, endingSequenceNumber));
    }

    public String parentShardId() {
        return parentShardId;
    }

    public String adjacentParentShardId() {
        return adjacentParentShardId;
    }

    public ShardLog log() {
        return log;
    }
}
