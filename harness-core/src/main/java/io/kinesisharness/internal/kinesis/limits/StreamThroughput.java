package io.kinesisharness.internal.kinesis.limits;

import io.kinesisharness.internal.common.TokenBucket;
import io.kinesisharness.internal.kinesis.model.StreamShard;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The token buckets of one stream: each shard's write and read limits and the stream's own API rates. */
public final class StreamThroughput {

    static final long WRITE_BYTES_PER_SECOND = 1024 * 1024;
    static final long WRITE_RECORDS_PER_SECOND = 1000;
    static final long READ_BYTES_PER_SECOND = 2 * 1024 * 1024;
    static final long READ_CALLS_PER_SECOND = 5;
    static final long ITERATOR_CALLS_PER_SECOND = 5;

    private final ConcurrentMap<Integer, ShardBuckets> shards = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, TokenBucket> operations = new ConcurrentHashMap<>();

    public ShardBuckets shard(StreamShard shard, long nowMillis) {
        return shards.computeIfAbsent(shard.index(), i -> new ShardBuckets(nowMillis));
    }

    public TokenBucket operation(String name, long perSecond, long nowMillis) {
        return operations.computeIfAbsent(name, n -> new TokenBucket(perSecond, nowMillis));
    }

    /** AWS's per-shard limits, each a bucket of one second's worth. */
    static final class ShardBuckets {
        final TokenBucket writeBytes;
        final TokenBucket writeRecords;
        final TokenBucket readBytes;
        final TokenBucket readCalls;
        final TokenBucket iteratorCalls;

        ShardBuckets(long nowMillis) {
            writeBytes = new TokenBucket(WRITE_BYTES_PER_SECOND, nowMillis);
            writeRecords = new TokenBucket(WRITE_RECORDS_PER_SECOND, nowMillis);
            readBytes = new TokenBucket(READ_BYTES_PER_SECOND, nowMillis);
            readCalls = new TokenBucket(READ_CALLS_PER_SECOND, nowMillis);
            iteratorCalls = new TokenBucket(ITERATOR_CALLS_PER_SECOND, nowMillis);
        }

        /** One record of {@code bytes}: both the record and the byte limit must allow it, or neither is charged. */
        synchronized boolean admitWrite(long bytes, long nowMillis) {
            if (!writeRecords.canTake(1, nowMillis) || !writeBytes.canTake(bytes, nowMillis)) {
                return false;
            }
            writeRecords.charge(1, nowMillis);
            writeBytes.charge(bytes, nowMillis);
            return true;
        }

        /**
         * A GetRecords call: within the call rate and not in byte debt. Its size is unknown until it has read,
         * so {@link #chargeRead} charges the bytes afterwards; a 10 MiB read then blocks the shard for seconds,
         * as AWS documents.
         */
        synchronized boolean admitRead(long nowMillis) {
            if (!readBytes.hasAny(nowMillis)) {
                return false;
            }
            return readCalls.tryTake(1, nowMillis);
        }

        void chargeRead(long bytes, long nowMillis) {
            readBytes.charge(bytes, nowMillis);
        }
    }
}
