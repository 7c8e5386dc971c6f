package io.kinesisharness.internal.kinesis.store;

import io.kinesisharness.internal.kinesis.model.SequenceNumbers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records of one shard, in arrival order, packed into {@link LogSegment}s. Appends and reads take the
 * shard's lock only for as long as it takes to copy bytes in or take views out. Records older than the retention
 * period are invisible to readers from the instant they expire; their memory goes once their whole segment has
 * expired, checked on every read and whenever a segment fills (and no reader still holds it).
 */
public final class ShardLog {

    private final ArrayList<LogSegment> segments = new ArrayList<>();
    /** The ordinal the next record will get; ordinals start at 1 (0 is the shard's StartingSequenceNumber). */
    private long nextOrdinal = 1;
    private long lastArrivalMillis;
    /** Set when the shard closes; a closed log takes no more records. */
    private boolean closed;
    /** Replaced whole on change, so firing never copies and never sees a half-made list. */
    private volatile Listener[] listeners = new Listener[0];

    /** The ordinal the next record will get. */
    public synchronized long nextOrdinal() {
        return nextOrdinal;
    }

    /**
     * Appends a record; its arrival time never goes below the previous record's, so per-shard order, sequence
     * numbers and arrival timestamps agree even if the clock is adjusted. Returns null if the shard has closed.
     */
    public synchronized StoredRecord append(long nowMillis, byte[] data, String partitionKey, String encryptionType,
            SequenceNumbers.Prefix sequences, long retentionCutoffMillis) {
        if (closed) {
            // A reshard closed the shard after the writer routed to it; the writer routes again.
            return null;
        }
        StoredRecord r = store(nowMillis, data, partitionKey, keyBytes(partitionKey), encryptionType, sequences,
                retentionCutoffMillis);
        fireChanged();
        return r;
    }

    /**
     * Appends {@code count} records in order, as {@link #append} would one by one, under one taking of the lock
     * and with one change notice; null if the shard has closed (nothing appended).
     */
    public synchronized StoredRecord[] appendAll(long nowMillis, byte[][] data, String[] partitionKeys, int[] keyBytes,
            int count, String encryptionType, SequenceNumbers.Prefix sequences, long retentionCutoffMillis) {
        if (closed) {
            return null;
        }
        StoredRecord[] stored = new StoredRecord[count];
        for (int i = 0; i < count; i++) {
            stored[i] = store(nowMillis, data[i], partitionKeys[i], keyBytes[i], encryptionType, sequences,
                    retentionCutoffMillis);
        }
        fireChanged();
        return stored;
    }

    private StoredRecord store(long nowMillis, byte[] data, String partitionKey, int keyLength,
            String encryptionType, SequenceNumbers.Prefix sequences, long retentionCutoffMillis) {
        int size = data.length + keyLength;
        LogSegment segment = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (segment == null || !segment.accepts(size, sequences, encryptionType)) {
            trim(retentionCutoffMillis);
            segment = new LogSegment(nextOrdinal, sequences, encryptionType,
                    segment == null ? Math.max(LogSegment.FIRST_BUFFER, size) : segment.nextBufferSize(size));
            segments.add(segment);
        }
        long arrival = Math.max(nowMillis, lastArrivalMillis);
        StoredRecord r = segment.metadata(segment.append(arrival, data, partitionKey, keyLength));
        nextOrdinal++;
        lastArrivalMillis = arrival;
        return r;
    }

    /**
     * Reads from {@code fromOrdinal} (or the trim horizon, if that lies later) up to {@code limit} records and
     * {@code maxBytes} bytes (always at least one record when one is there).
     */
    public synchronized Page read(long fromOrdinal, int limit, long maxBytes, long cutoffMillis) {
        trim(cutoffMillis);
        long from = Math.min(Math.max(fromOrdinal, trimHorizonOrdinal(cutoffMillis)), nextOrdinal);
        ReadRecords page = new ReadRecords(Math.min(limit, (int) Math.min(nextOrdinal - from, 1024)));
        long bytes = 0;
        long ordinal = from;
        int s = segmentIndex(from);
        outer:
        for (; s >= 0 && s < segments.size(); s++) {
            LogSegment segment = segments.get(s);
            for (int i = (int) (ordinal - segment.firstOrdinal); i < segment.count(); i++) {
                if (page.size() == limit) {
                    break outer;
                }
                bytes += segment.size(i);
                if (bytes > maxBytes && !page.isEmpty()) {
                    break outer;
                }
                page.addHeld(segment.view(i), segment.memory());
                ordinal++;
            }
        }
        long following = ordinal < nextOrdinal ? arrivalOf(ordinal) : -1;
        return new Page(page, ordinal, following);
    }

    /** Ordinal of the first record arriving at or after {@code millis}, or the next ordinal if none did. */
    public synchronized long ordinalAtTimestamp(long millis, long cutoffMillis) {
        return Math.max(firstAtOrAfter(millis), firstAtOrAfter(cutoffMillis));
    }

    /** The ordinal of the oldest record still within retention (the trim horizon). */
    public synchronized long trimHorizonOrdinal(long cutoffMillis) {
        return firstAtOrAfter(cutoffMillis);
    }

    /** Takes no more records from now on. */
    public synchronized void close() {
        closed = true;
    }

    /** The newest record, or null if none was ever appended or it has been dropped. */
    public synchronized StoredRecord last() {
        if (segments.isEmpty()) {
            return null;
        }
        LogSegment segment = segments.get(segments.size() - 1);
        return segment.metadata(segment.count() - 1);
    }

    /** A partition key's UTF-8 length: what it counts against record size limits, throughput and storage. */
    public static int keyBytes(String partitionKey) {
        int n = partitionKey.length();
        for (int i = 0; i < n; i++) {
            if (partitionKey.charAt(i) >= 0x80) {
                return partitionKey.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return n;
    }

    public synchronized long lastArrivalMillis() {
        return lastArrivalMillis;
    }

    /** Drops the leading segments whose every record has expired. */
    private void trim(long cutoffMillis) {
        int drop = 0;
        while (drop < segments.size() && segments.get(drop).lastArrival() < cutoffMillis) {
            drop++;
        }
        if (drop > 0) {
            List<LogSegment> expired = segments.subList(0, drop);
            expired.forEach(LogSegment::drop);
            expired.clear();
        }
    }

    /**
     * Lets go of every stored record's memory (the stream is gone, or the harness reset). Ordinals go on from
     * where they were should a late writer still append.
     */
    public synchronized void dropAll() {
        segments.forEach(LogSegment::drop);
        segments.clear();
    }

    /** Ordinal of the first stored record arriving at or after {@code millis}; the next ordinal if none. */
    private long firstAtOrAfter(long millis) {
        int lo = 0;
        int hi = segments.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (segments.get(mid).lastArrival() < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == segments.size()) {
            return nextOrdinal;
        }
        LogSegment segment = segments.get(lo);
        return segment.firstOrdinal + segment.firstArrivingAtOrAfter(millis);
    }

    /** Index of the segment holding {@code ordinal}; -1 if none does (beyond the last record, or dropped). */
    private int segmentIndex(long ordinal) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            LogSegment segment = segments.get(mid);
            if (ordinal < segment.firstOrdinal) {
                hi = mid - 1;
            } else if (ordinal >= segment.firstOrdinal + segment.count()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private long arrivalOf(long ordinal) {
        LogSegment segment = segments.get(segmentIndex(ordinal));
        return segment.arrival((int) (ordinal - segment.firstOrdinal));
    }

    /**
     * Told after every append and when the shard closes (SubscribeToShard pushes on it). It runs on the writer's
     * thread, possibly under this log's lock, so it must only hand work to another thread and never block.
     */
    public interface Listener {
        void logChanged();
    }

    public synchronized void addListener(Listener listener) {
        Listener[] next = Arrays.copyOf(listeners, listeners.length + 1);
        next[listeners.length] = listener;
        listeners = next;
    }

    public synchronized void removeListener(Listener listener) {
        listeners = Arrays.stream(listeners).filter(l -> l != listener).toArray(Listener[]::new);
    }

    public void fireChanged() {
        for (Listener l : listeners) {
            l.logChanged();
        }
    }

    /**
     * Records read, the ordinal to continue from, and the arrival time of the first unread record (-1: none).
     * The records hold their memory until {@link #release()}, which follows encoding them.
     */
    public record Page(ReadRecords records, long nextOrdinal, long nextArrivalMillis) {
        public void release() {
            records.release();
        }
    }

}
