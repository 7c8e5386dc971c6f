package io.kinesisharness.internal.kinesis;

import io.kinesisharness.internal.dispatch.Releasable;
import java.util.ArrayList;

/**
 * Records read from a shard, holding the memory blocks their bytes lie in until {@link #release released}: the
 * log may drop a block meanwhile (expiry, deletion, reset), and it is freed only after its last reader let go.
 */
final class ReadRecords extends ArrayList<StoredRecord> implements Releasable {

    private final ArrayList<SegmentMemory> held = new ArrayList<>(2);

    ReadRecords(int capacity) {
        super(capacity);
    }

    /** Called under the log's lock for each block a record is read from; consecutive repeats count once. */
    void hold(SegmentMemory memory) {
        if (held.isEmpty() || held.get(held.size() - 1) != memory) {
            memory.retain();
            held.add(memory);
        }
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
