package io.kinesisharness.internal.firehose.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One buffer's worth of records on its way to a destination: sealed when its size or interval was reached, then
 * attempted until delivered or given up. Attempts and retry times live here so that retries keep the same request
 * id, as AWS's do.
 */
final class Batch {

    final List<InputRecord> records;
    final long bytes;
    /** The first record's arrival: names the object and dates its prefix. */
    final Instant firstArrival;
    /** The partition its records share (dynamic partitioning), or {@link Partition#NONE}. */
    final Partition partition;
    final String requestId = UUID.randomUUID().toString();
    int attempts;
    /** When the first attempt failed (retry durations count from there), or null. */
    Instant firstFailure;
    /** No attempt before this (a retry's backoff). */
    Instant notBefore = Instant.MIN;

    Batch(List<InputRecord> records, long bytes, Instant firstArrival, Partition partition) {
        this.records = records;
        this.bytes = bytes;
        this.firstArrival = firstArrival;
        this.partition = partition;
    }
}
