package io.kinesisharness.internal.kinesis.store;

import io.kinesisharness.internal.dispatch.Releasable;
import io.kinesisharness.internal.dispatch.SizeHint;
import java.util.ArrayList;

/**
 * Records read from a shard, holding the memory blocks their bytes lie in until {@link #release released}: the
 * log may drop a block meanwhile (expiry, deletion, reset), and it is freed only after its last reader let go.
 */
public final class ReadRecords extends ArrayList<StoredRecord> implements Releasable, SizeHint {

    /** GetRecords answers at most 10 MiB of records: about 14 MB of JSON. */
    private static final long MAX_HINT = 16L * 1024 * 1024;

    private final ArrayList<SegmentMemory> held = new ArrayList<>(2);
    /** Data and partition key bytes of all records: what their encoding mostly consists of. */
    private long storedBytes;

    public ReadRecords(int capacity) {
        super(capacity);
    }

    /** Adds a record read from {@code memory}, which it holds (under the log's lock). */
    public void addHeld(StoredRecord record, SegmentMemory memory) {
        add(record);
        storedBytes += record.size();
        hold(memory);
    }

    /** Consecutive repeats of one block count once. */
    private void hold(SegmentMemory memory) {
        if (held.isEmpty() || held.get(held.size() - 1) != memory) {
            memory.retain();
            held.add(memory);
        }
    }

    /**
     * Base64 text in JSON (4/3 of the bytes), plus each record's sequence number, timestamp and field names.
     * CBOR needs less; the rest of the buffer is simply not sent.
     */
    @Override
    public int encodedSizeHint() {
        return (int) Math.min(MAX_HINT, storedBytes / 3 * 4 + size() * 160L + 1024);
    }

    /** Lets go of every block; the records must not be read after this. Repeated calls do nothing. */
    @Override
    public void release() {
        for (SegmentMemory m : held) {
            m.release();
        }
        held.clear();
    }
}
