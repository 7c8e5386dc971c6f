package io.kinesisharness.internal.kinesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The records of one shard, in arrival order. Appends and reads take the shard's lock only for as long as it
 * takes to copy references; records are immutable. Records older than the retention period are invisible to
 * readers from the instant they expire and are dropped from memory on later appends.
 */
final class ShardLog {

    private static final int TRIM_EVERY = 1024;

    private final ArrayList<StoredRecord> records = new ArrayList<>();
    /** Ordinal of records.get(0); ordinals start at 1 (0 is the shard's StartingSequenceNumber). */
    private long firstOrdinal = 1;
    private long lastArrivalMillis;
    private int appendsSinceTrim;
    /** Set when the shard closes; a closed log takes no more records. */
    private boolean closed;
    /** Replaced whole on change, so firing never copies and never sees a half-made list. */
    private volatile Listener[] listeners = new Listener[0];

    /** The ordinal the next record will get. */
    synchronized long nextOrdinal() {
        return firstOrdinal + records.size();
    }

    /**
     * Appends a record; its arrival time never goes below the previous record's, so per-shard order, sequence
     * numbers and arrival timestamps agree even if the clock is adjusted.
     */
    synchronized StoredRecord append(long nowMillis, byte[] data, String partitionKey, String encryptionType,
            SequenceNumbers.Prefix sequences, long retentionCutoffMillis) {
        if (closed) {
            // A reshard closed the shard after the writer routed to it; the writer routes again.
            return null;
        }
        long arrival = Math.max(nowMillis, lastArrivalMillis);
        long ordinal = firstOrdinal + records.size();
        StoredRecord r = new StoredRecord(ordinal, arrival, data, partitionKey,
                sequences, encryptionType);
        records.add(r);
        lastArrivalMillis = arrival;
        fireChanged();
        if (++appendsSinceTrim >= TRIM_EVERY) {
            appendsSinceTrim = 0;
            trim(retentionCutoffMillis);
        }
        return r;
    }

    /**
     * Reads from {@code fromOrdinal} (or the trim horizon, if that lies later) up to {@code limit} records and
     * {@code maxBytes} bytes (always at least one record when one is there).
     */
    synchronized Page read(long fromOrdinal, int limit, long maxBytes, long cutoffMillis) {
        int start = firstVisibleIndex(cutoffMillis);
        int from = (int) Math.max(start, Math.min(fromOrdinal - firstOrdinal, records.size()));
        int end = Math.min(records.size(), from + limit);
        long bytes = 0;
        int i = from;
        for (; i < end; i++) {
            bytes += records.get(i).size();
            if (bytes > maxBytes && i > from) {
                break;
            }
        }
        List<StoredRecord> page = i == from ? Collections.emptyList() : new ArrayList<>(records.subList(from, i));
        long next = firstOrdinal + i;
        StoredRecord following = i < records.size() ? records.get(i) : null;
        return new Page(page, next, following == null ? -1 : following.arrivalMillis);
    }

    /** Ordinal of the first record arriving at or after {@code millis}, or the next ordinal if none did. */
    synchronized long ordinalAtTimestamp(long millis, long cutoffMillis) {
        int lo = firstVisibleIndex(cutoffMillis);
        int hi = records.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (records.get(mid).arrivalMillis < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return firstOrdinal + lo;
    }

    /** The ordinal of the oldest record still within retention (the trim horizon). */
    synchronized long trimHorizonOrdinal(long cutoffMillis) {
        return firstOrdinal + firstVisibleIndex(cutoffMillis);
    }

    /** Takes no more records from now on. */
    synchronized void close() {
        closed = true;
    }

    synchronized StoredRecord last() {
        return records.isEmpty() ? null : records.get(records.size() - 1);
    }

    synchronized long lastArrivalMillis() {
        return lastArrivalMillis;
    }

    private void trim(long cutoffMillis) {
        int drop = firstVisibleIndex(cutoffMillis);
        if (drop > 0) {
            records.subList(0, drop).clear();
            firstOrdinal += drop;
        }
    }

    /** Index of the first record whose arrival is at or after the retention cutoff (binary search). */
    private int firstVisibleIndex(long cutoffMillis) {
        int lo = 0;
        int hi = records.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (records.get(mid).arrivalMillis < cutoffMillis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Told after every append and when the shard closes (SubscribeToShard pushes on it). It runs on the writer's
     * thread, possibly under this log's lock, so it must only hand work to another thread and never block.
     */
    interface Listener {
        void logChanged();
    }

    synchronized void addListener(Listener listener) {
        Listener[] next = Arrays.copyOf(listeners, listeners.length + 1);
        next[listeners.length] = listener;
        listeners = next;
    }

    synchronized void removeListener(Listener listener) {
        listeners = Arrays.stream(listeners).filter(l -> l != listener).toArray(Listener[]::new);
    }

    void fireChanged() {
        for (Listener l : listeners) {
            l.logChanged();
        }
    }

    /** Records read, the ordinal to continue from, and the arrival time of the first unread record (-1: none). */
    record Page(List<StoredRecord> records, long nextOrdinal, long nextArrivalMillis) {
    }

}
