package io.kinesisharness.internal.analytics.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * A stagger window ({@code WINDOWED BY STAGGER (PARTITION BY … RANGE INTERVAL …)}): one window per partition key,
 * opened by the first row with that key and closed the interval later, measured in ROWTIME. A row whose key's window
 * has closed opens a new one. A closed window emits one row, with its close as ROWTIME; windows closing at the same
 * time emit in the order they opened.
 */
public final class StaggerAggregate implements TimedOperator {

    private final int[] groupColumns;
    /** The group column that stands for the window itself (the planner's marker): filled with the close time. */
    private final int markerColumn;
    private final long length;
    private final List<AggregateFunction> aggregates;
    private final RowSink next;
    private final LongConsumer wakeAt;
    private final Map<List<Object>, Open> open = new HashMap<>();
    private final TreeMap<Long, Map<List<Object>, Open>> closing = new TreeMap<>();

    private record Open(long closeAt, Object[] key, AggregateFunction.Accumulator[] accumulators) {
    }

    /** @param markerColumn the index, among {@code groupColumns}, of the window marker key */
    public StaggerAggregate(int[] groupColumns, int markerColumn, long length, List<AggregateFunction> aggregates,
            RowSink next, LongConsumer wakeAt) {
        this.groupColumns = groupColumns;
        this.markerColumn = markerColumn;
        this.length = length;
        this.aggregates = aggregates;
        this.next = next;
        this.wakeAt = wakeAt;
    }

    @Override
    public void accept(long rowtime, Object[] row) {
        advance(rowtime);
        Object[] key = new Object[groupColumns.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = i == markerColumn ? null : row[groupColumns[i]];
        }
        List<Object> k = Arrays.asList(key);
        Open w = open.get(k);
        if (w == null) {
            w = new Open(rowtime + length, key, AggregateFunction.startAll(aggregates));
            open.put(k, w);
            Map<List<Object>, Open> at = closing.get(w.closeAt());
            if (at == null) {
                at = new LinkedHashMap<>();
                closing.put(w.closeAt(), at);
                wakeAt.accept(w.closeAt());
            }
            at.put(k, w);
        }
        for (AggregateFunction.Accumulator a : w.accumulators()) {
            a.add(row);
        }
    }

    @Override
    public void advance(long bound) {
        while (!closing.isEmpty() && closing.firstKey() <= bound) {
            Map.Entry<Long, Map<List<Object>, Open>> e = closing.pollFirstEntry();
            for (Map.Entry<List<Object>, Open> g : e.getValue().entrySet()) {
                open.remove(g.getKey());
                Open w = g.getValue();
                Object[] out = new Object[groupColumns.length + aggregates.size()];
                System.arraycopy(w.key(), 0, out, 0, groupColumns.length);
                out[markerColumn] = w.closeAt();
                for (int i = 0; i < aggregates.size(); i++) {
                    out[groupColumns.length + i] = w.accumulators()[i].result();
                }
                next.accept(w.closeAt(), out);
            }
        }
    }

    @Override
    public List<Long> pendingEnds() {
        return new ArrayList<>(closing.keySet());
    }
}
