package io.kinesisharness.internal.analytics.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A streaming GROUP BY whose monotonic key is not computed from ROWTIME ({@code MONOTONIC(col)}, declared
 * ascending by the application): a group is emitted when a row arrives whose monotonic key is greater than the
 * group's, with that row's ROWTIME; the clock alone closes nothing, since only the data says when a key is done.
 */
public final class MonotonicAggregate implements RowSink {

    private final int[] groupColumns;
    private final int monotonicKey;
    private final List<AggregateFunction> aggregates;
    private final RowSink next;
    private final Map<List<Object>, AggregateFunction.Accumulator[]> open = new LinkedHashMap<>();
    /**
     * The lowest monotonic key among the open groups (null when none has one): a row closes something only when its
     * key is above it, so most rows skip the scan of every open group (one per state and minute, say).
     */
    private Object lowestOpen;

    /** @param monotonicKey the index, among {@code groupColumns}, of the monotonic key */
    public MonotonicAggregate(int[] groupColumns, int monotonicKey, List<AggregateFunction> aggregates,
            RowSink next) {
        this.groupColumns = groupColumns;
        this.monotonicKey = monotonicKey;
        this.aggregates = aggregates;
        this.next = next;
    }

    @Override
    public void accept(long rowtime, Object[] row) {
        Object[] key = new Object[groupColumns.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = row[groupColumns[i]];
        }
        Object mk = key[monotonicKey];
        if (mk != null && lowestOpen != null && Values.compare(lowestOpen, mk) < 0) {
            close(rowtime, mk);
        }
        AggregateFunction.Accumulator[] accs = open.computeIfAbsent(Arrays.asList(key),
                k -> AggregateFunction.startAll(aggregates));
        for (AggregateFunction.Accumulator a : accs) {
            a.add(row);
        }
        if (mk != null && (lowestOpen == null || Values.compare(mk, lowestOpen) < 0)) {
            lowestOpen = mk;
        }
    }

    /** Emits, in the order they opened, the groups whose monotonic key is below {@code mk}. */
    private void close(long rowtime, Object mk) {
        List<Object[]> done = new ArrayList<>();
        Object lowest = null;
        for (Iterator<Map.Entry<List<Object>, AggregateFunction.Accumulator[]>> it = open.entrySet().iterator();
                it.hasNext();) {
            Map.Entry<List<Object>, AggregateFunction.Accumulator[]> g = it.next();
            Object gk = g.getKey().get(monotonicKey);
            if (gk != null && Values.compare(gk, mk) < 0) {
                Object[] out = new Object[groupColumns.length + aggregates.size()];
                g.getKey().toArray(out);
                for (int i = 0; i < aggregates.size(); i++) {
                    out[groupColumns.length + i] = g.getValue()[i].result();
                }
                done.add(out);
                it.remove();
            } else if (gk != null && (lowest == null || Values.compare(gk, lowest) < 0)) {
                lowest = gk;
            }
        }
        lowestOpen = lowest;
        for (Object[] out : done) {
            next.accept(rowtime, out);
        }
    }
}
