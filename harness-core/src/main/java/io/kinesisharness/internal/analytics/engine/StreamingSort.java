package io.kinesisharness.internal.analytics.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongUnaryOperator;

/**
 * A streaming ORDER BY: its first key is monotonic (Calcite checks it), so rows are held while that key keeps its
 * value and emitted sorted by the whole ORDER BY when it changes: when a row with a greater first key arrives, or,
 * for a key computed from ROWTIME ({@code FLOOR(ROWTIME TO SECOND)}), when the clock passes the key's end. The rows
 * of one batch go out with the batch's latest ROWTIME, so the output's ROWTIME never goes back.
 */
public final class StreamingSort implements TimedOperator {

    private final int firstKey;
    private final Comparator<Object[]> order;
    /** The time a first-key value can get no more rows (for keys computed from ROWTIME), or null. */
    private final LongUnaryOperator keyEnd;
    private final RowSink next;
    private final LongConsumer wakeAt;
    private final List<Object[]> held = new ArrayList<>();
    private Object heldKey;
    private long heldMaxRowtime = Long.MIN_VALUE;
    private long heldEnd = Long.MAX_VALUE;

    public StreamingSort(int firstKey, Comparator<Object[]> order, LongUnaryOperator keyEnd, RowSink next,
            LongConsumer wakeAt) {
        this.firstKey = firstKey;
        this.order = order;
        this.keyEnd = keyEnd;
        this.next = next;
        this.wakeAt = wakeAt;
    }

    @Override
    public void accept(long rowtime, Object[] row) {
        advance(rowtime);
        Object key = row[firstKey];
        if (!held.isEmpty() && key != null && heldKey != null && Values.compare(key, heldKey) > 0) {
            flush();
        }
        if (held.isEmpty()) {
            heldKey = key;
            if (keyEnd != null && key instanceof Long k) {
                heldEnd = keyEnd.applyAsLong(k);
                wakeAt.accept(heldEnd);
            }
        }
        held.add(row);
        heldMaxRowtime = Math.max(heldMaxRowtime, rowtime);
    }

    private void flush() {
        List<Object[]> rows = new ArrayList<>(held);
        long rowtime = heldMaxRowtime;
        held.clear();
        heldKey = null;
        heldEnd = Long.MAX_VALUE;
        heldMaxRowtime = Long.MIN_VALUE;
        rows.sort(order);
        for (Object[] r : rows) {
            next.accept(rowtime, r);
        }
    }

    @Override
    public void advance(long bound) {
        if (!held.isEmpty() && heldEnd <= bound) {
            flush();
        }
    }

    @Override
    public List<Long> pendingEnds() {
        return held.isEmpty() || heldEnd == Long.MAX_VALUE ? List.of() : List.of(heldEnd);
    }
}
