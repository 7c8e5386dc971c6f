package io.kinesisharness.internal.dynamodb.model;

import io.kinesisharness.internal.common.TokenBucket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read and write capacity of one table and its global secondary indexes, as token buckets on the harness clock:
 * a provisioned table's capacity, or an on-demand table's maximum (OnDemandThroughput). DynamoDB keeps up to five
 * minutes of unused provisioned capacity for bursts, so such a bucket holds 300 seconds of its rate (full when the
 * table or its throughput is new) and refills at that rate; an on-demand maximum holds one second's. A request is
 * admitted while its bucket is not empty and charged what it consumed afterwards, into debt if need be, as
 * DynamoDB admits before it knows an item's size. Units are counted in halves: an eventually consistent read of
 * up to 4 KB costs half a read unit.
 */
public final class CapacityBuckets {

    /** DynamoDB's burst capacity: up to 300 seconds of unused throughput. */
    public static final long BURST_SECONDS = 300;

    private record Bucket(long unitsPerSecond, long burstSeconds, TokenBucket halves) {
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * Whether {@code owner} (the table, or an index name) has capacity left; a rate of 0 or less is unlimited.
     *
     * @param burstSeconds how many seconds of the rate the bucket holds
     */
    public boolean available(String owner, boolean write, long unitsPerSecond, long burstSeconds, long nowMillis) {
        return unitsPerSecond <= 0 || bucket(owner, write, unitsPerSecond, burstSeconds, nowMillis).hasAny(nowMillis);
    }

    /** Charges what a request consumed. */
    public void charge(String owner, boolean write, long unitsPerSecond, long burstSeconds, double units,
            long nowMillis) {
        if (unitsPerSecond > 0) {
            bucket(owner, write, unitsPerSecond, burstSeconds, nowMillis).charge((long) Math.ceil(units * 2),
                    nowMillis);
        }
    }

    /** The bucket at the current rate: UpdateTable's new throughput (or billing mode) starts a new, full one. */
    private TokenBucket bucket(String owner, boolean write, long unitsPerSecond, long burstSeconds, long nowMillis) {
        String key = owner + (write ? "/write" : "/read");
        Bucket b = buckets.compute(key, (k, old) -> old != null && old.unitsPerSecond() == unitsPerSecond
                && old.burstSeconds() == burstSeconds ? old : new Bucket(unitsPerSecond, burstSeconds,
                        new TokenBucket(unitsPerSecond * 2, unitsPerSecond * 2 * burstSeconds, nowMillis)));
        return b.halves();
    }
}
