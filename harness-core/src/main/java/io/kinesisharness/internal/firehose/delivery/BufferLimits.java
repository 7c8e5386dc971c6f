package io.kinesisharness.internal.firehose.delivery;

import java.time.Duration;

/**
 * A destination's buffering: deliver at {@code bytes}, or {@code interval} after the first record, or at
 * {@code maxRecords} (HTTP endpoint requests carry at most 10,000 records).
 */
record BufferLimits(long bytes, Duration interval, int maxRecords, long maxWeight) {

    BufferLimits(long bytes, Duration interval, int maxRecords) {
        this(bytes, interval, maxRecords, 0);
    }

    static BufferLimits of(Integer sizeInMBs, Integer intervalInSeconds, int defaultMBs, int defaultSeconds) {
        long mb = sizeInMBs == null ? defaultMBs : sizeInMBs;
        long seconds = intervalInSeconds == null ? defaultSeconds : intervalInSeconds;
        return new BufferLimits(mb * 1024 * 1024, Duration.ofSeconds(seconds), Integer.MAX_VALUE);
    }

    BufferLimits withMaxRecords(int max) {
        return new BufferLimits(bytes, interval, max, maxWeight);
    }
}
