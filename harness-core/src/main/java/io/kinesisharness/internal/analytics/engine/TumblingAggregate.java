package io.kinesisharness.internal.analytics.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * A streaming GROUP BY: a tumbling window. Each group's key holds at least one value computed from ROWTIME
 * ({@code STEP(ROWTIME BY …)}, {@code FLOOR(ROWTIME TO …)}); that value fixes when the group can receive no more
 * rows, its end. Groups are emitted once, when ROWTIME reaches their end — a later row's, or the clock's through
 * {@link #advance} — each with the end as its ROWTIME, the groups of one end in the order they opened (so an
 * application's output order is the same run after run).
 */
public final class TumblingAggregate implements TimedOperator {

    /** Gives the end of the window that a group key's ROWTIME-derived value stands for. */
    @FunctionalInterface
    public interface WindowEnd {
        long end(Object[] key);
    }

    private final int[] groupColumns;
    private final List<AggregateFunction> aggregates;
    private final WindowEnd windowEnd;
    private final RowSink next;
    private final LongConsumer wakeAt;
    /** Open groups by window end, each end's in the order they opened. */
    private final TreeMap<Long, Map<List<Object>, AggregateFunction.Accumulator[]>> open = new TreeMap<>();

    /**
     * @param wakeAt told each new window end, so the application advances this operator when the clock reaches it
     */
    public TumblingAggregate(int[] groupColumns, List<AggregateFunction> aggregates, WindowEnd windowEnd,
            RowSink next, LongConsumer wakeAt) {
        this.groupColumns = groupColumns;
        this.aggregates = aggregates;
        this.windowEnd = windowEnd;
        this.next = next;
        this.wakeAt = wakeAt;
    }

    @Override
    public void accept(long rowtime, Object[] row) {
        advance(rowtime);
        Object[] key = new Object[groupColumns.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = row[groupColumns[i]];
        }
        long end = windowEnd.end(key);
        Map<List<Object>, AggregateFunction.Accumulator[]> groups = open.get(end);
        if (groups == null) {
            groups = new LinkedHashMap<>();
            open.put(end, groups);
            wakeAt.accept(end);
        }
        AggregateFunction.Accumulator[] accs = groups.computeIfAbsent(Arrays.asList(key),
                k -> AggregateFunction.startAll(aggregates));
        for (AggregateFunction.Accumulator a : accs) {
            a.add(row);
        }
        if (end <= rowtime) {
            // A key whose window has already ended (an event-time key older than ROWTIME): emitted at once.
            advance(rowtime);
        }
    }

    /** Emits every group whose end is at or before {@code bound}. */
    @Override
    public void advance(long bound) {
        while (!open.isEmpty() && open.firstKey() <= bound) {
            Map.Entry<Long, Map<List<Object>, AggregateFunction.Accumulator[]>> e = open.pollFirstEntry();
            for (Map.Entry<List<Object>, AggregateFunction.Accumulator[]> g : e.getValue().entrySet()) {
                List<Object> key = g.getKey();
                Object[] out = new Object[key.size() + aggregates.size()];
                for (int i = 0; i < key.size(); i++) {
                    out[i] = key.get(i);
                }
                AggregateFunction.Accumulator[] accs = g.getValue();
                for (int i = 0; i < accs.length; i++) {
                    out[key.size() + i] = accs[i].result();
                }
                next.accept(e.getKey(), out);
            }
        }
    }

    /** The window ends still open (for the application's timer). */
    @Override
    public List<Long> pendingEnds() {
        return new ArrayList<>(open.keySet());
    }
}
