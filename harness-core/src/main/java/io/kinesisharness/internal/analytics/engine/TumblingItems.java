package io.kinesisharness.internal.analytics.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * TOP_K_ITEMS_TUMBLING and COUNT_DISTINCT_ITEMS_TUMBLING: one column's values counted over tumbling windows of
 * ROWTIME (aligned on the epoch, as STEP aligns them). When a window ends, TOP_K emits a row per most frequent value
 * (value, count; most frequent first, ties in the order the values first came), COUNT_DISTINCT one row with the
 * number of distinct values, each with the window's end as ROWTIME. AWS approximates both (a sketch, exact up to
 * 10,000 items for the distinct count); the harness counts exactly.
 */
public final class TumblingItems implements TimedOperator {

    private final int column;
    private final int k;
    private final long length;
    private final RowSink next;
    private final LongConsumer wakeAt;
    private final TreeMap<Long, Map<Object, long[]>> windows = new TreeMap<>();

    /** @param k how many values TOP_K emits; 0 for COUNT_DISTINCT */
    public TumblingItems(int column, int k, long lengthMillis, RowSink next, LongConsumer wakeAt) {
        this.column = column;
        this.k = k;
        this.length = lengthMillis;
        this.next = next;
        this.wakeAt = wakeAt;
    }

    @Override
    public void accept(long rowtime, Object[] row) {
        advance(rowtime);
        long end = Math.floorDiv(rowtime, length) * length + length;
        Map<Object, long[]> counts = windows.get(end);
        if (counts == null) {
            counts = new LinkedHashMap<>();
            windows.put(end, counts);
            wakeAt.accept(end);
        }
        Object v = row[column];
        counts.computeIfAbsent(v, x -> new long[1])[0]++;
    }

    @Override
    public void advance(long bound) {
        while (!windows.isEmpty() && windows.firstKey() <= bound) {
            Map.Entry<Long, Map<Object, long[]>> w = windows.pollFirstEntry();
            if (k == 0) {
                next.accept(w.getKey(), new Object[] {(long) w.getValue().size()});
                continue;
            }
            List<Map.Entry<Object, long[]>> items = new ArrayList<>(w.getValue().entrySet());
            // Stable: equal counts keep the order the values first came in.
            items.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
            for (int i = 0; i < Math.min(k, items.size()); i++) {
                next.accept(w.getKey(), new Object[] {items.get(i).getKey(), items.get(i).getValue()[0]});
            }
        }
    }

    @Override
    public List<Long> pendingEnds() {
        return new ArrayList<>(windows.keySet());
    }
}
