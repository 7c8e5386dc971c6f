package io.kinesisharness.internal.analytics.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The sliding windows of one SELECT (KDA's {@code agg(x) OVER (PARTITION BY … RANGE INTERVAL … PRECEDING | ROWS n
 * PRECEDING)}): one output row per input row, each windowed function computed over the rows of its window that have
 * arrived so far, in ROWTIME order. A RANGE window holds the rows whose ROWTIME is within the interval before the
 * current row's (inclusive), a ROWS window the current row and the n before it, each per partition. A row does not
 * see rows that arrive after it, even at the same ROWTIME: a stream emits as rows come.
 *
 * <p>Aggregates are kept incrementally, so a row costs the same however many rows its window holds: counts and sums
 * add what enters and take away what leaves, MIN and MAX keep a monotonic queue of candidates, and the positional
 * functions walk only as far as their offset.
 */
public final class SlidingWindows implements RowSink {

    /** A window: its partition expressions and its extent (RANGE milliseconds, or ROWS count). */
    public record Window(Expr[] partitionKeys, boolean rows, long extent) {
    }

    /** A windowed function: which window, what it computes, its argument(s) and result type. */
    public record Function(int window, Kind kind, Expr argument, int offset, Expr defaultValue, boolean ignoreNulls,
            ColumnType resultType) {
    }

    public enum Kind { COUNT_STAR, COUNT, SUM, AVG, MIN, MAX, STDDEV_POP, STDDEV_SAMP, VAR_POP, VAR_SAMP,
        FIRST_VALUE, LAST_VALUE, NTH_VALUE, LAG }

    /** A row in a window: its arrival order, ROWTIME, the row, and each function's argument value. */
    private record Entry(long seq, long rowtime, Object[] row, Object[] args) {
    }

    /** One partition of one window: its rows and each of its functions' running state. */
    private final class State {
        final ArrayDeque<Entry> rows = new ArrayDeque<>();
        final long[] counts;
        final Object[] sums;
        final double[] sumSquares;
        final ArrayDeque<Entry>[] extremes;

        @SuppressWarnings("unchecked")
        State(int functions) {
            counts = new long[functions];
            sums = new Object[functions];
            sumSquares = new double[functions];
            extremes = new ArrayDeque[functions];
        }

        void add(Entry e, List<Integer> fns) {
            rows.addLast(e);
            for (int f : fns) {
                Object v = e.args()[f];
                if (v == null) {
                    continue;
                }
                Kind k = functions.get(f).kind();
                counts[f]++;
                switch (k) {
                    case SUM, AVG -> sums[f] = sums[f] == null ? v : AggregateFunction.plus(sums[f], v);
                    case STDDEV_POP, STDDEV_SAMP, VAR_POP, VAR_SAMP -> {
                        double x = Values.toDouble(v);
                        sums[f] = (sums[f] == null ? 0d : (Double) sums[f]) + x;
                        sumSquares[f] += x * x;
                    }
                    case MIN, MAX -> {
                        ArrayDeque<Entry> q = extremes[f] == null ? (extremes[f] = new ArrayDeque<>()) : extremes[f];
                        int sign = k == Kind.MIN ? 1 : -1;
                        while (!q.isEmpty() && sign * Values.compare(q.peekLast().args()[f], v) >= 0) {
                            q.removeLast();
                        }
                        q.addLast(e);
                    }
                    default -> {
                    }
                }
            }
        }

        void evictOldest(List<Integer> fns) {
            Entry e = rows.removeFirst();
            for (int f : fns) {
                Object v = e.args()[f];
                if (v == null) {
                    continue;
                }
                Kind k = functions.get(f).kind();
                counts[f]--;
                switch (k) {
                    case SUM, AVG -> sums[f] = counts[f] == 0 ? null : minus(sums[f], v);
                    case STDDEV_POP, STDDEV_SAMP, VAR_POP, VAR_SAMP -> {
                        double x = Values.toDouble(v);
                        sums[f] = counts[f] == 0 ? null : (Double) sums[f] - x;
                        sumSquares[f] = counts[f] == 0 ? 0 : sumSquares[f] - x * x;
                    }
                    case MIN, MAX -> {
                        if (!extremes[f].isEmpty() && extremes[f].peekFirst().seq() == e.seq()) {
                            extremes[f].removeFirst();
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    private final List<Window> windows;
    private final List<Function> functions;
    private final RowSink next;
    private final EvalContext context;
    /** The functions of each window, by index. */
    private final List<List<Integer>> byWindow = new ArrayList<>();
    /** Per window, per partition key: its state. */
    private final List<Map<List<Object>, State>> partitions = new ArrayList<>();
    private long seq;

    /** @param next receives each input row with the functions' values in {@link EvalContext#windowed} */
    public SlidingWindows(List<Window> windows, List<Function> functions, RowSink next, EvalContext context) {
        this.windows = windows;
        this.functions = functions;
        this.next = next;
        this.context = context;
        for (int i = 0; i < windows.size(); i++) {
            partitions.add(new HashMap<>());
            byWindow.add(new ArrayList<>());
        }
        for (int f = 0; f < functions.size(); f++) {
            byWindow.get(functions.get(f).window()).add(f);
        }
    }

    @Override
    public void accept(long rowtime, Object[] row) {
        Object[] args = new Object[functions.size()];
        for (int f = 0; f < args.length; f++) {
            args[f] = functions.get(f).argument().eval(row);
        }
        Entry entry = new Entry(seq++, rowtime, row, args);
        Object[] values = new Object[functions.size()];
        for (int w = 0; w < windows.size(); w++) {
            Window window = windows.get(w);
            Object[] key = new Object[window.partitionKeys().length];
            for (int i = 0; i < key.length; i++) {
                key[i] = window.partitionKeys()[i].eval(row);
            }
            List<Integer> fns = byWindow.get(w);
            State state = partitions.get(w).computeIfAbsent(Arrays.asList(key), k -> new State(functions.size()));
            state.add(entry, fns);
            if (window.rows()) {
                while (state.rows.size() > window.extent() + 1) {
                    state.evictOldest(fns);
                }
            } else {
                long from = rowtime - window.extent();
                while (state.rows.peekFirst().rowtime() < from) {
                    state.evictOldest(fns);
                }
            }
            for (int f : fns) {
                values[f] = Values.cast(value(f, state, row), functions.get(f).resultType());
            }
        }
        Object[] saved = context.windowed;
        context.windowed = values;
        try {
            next.accept(rowtime, row);
        } finally {
            context.windowed = saved;
        }
    }

    private Object value(int f, State s, Object[] current) {
        Function fn = functions.get(f);
        long n = s.counts[f];
        return switch (fn.kind()) {
            case COUNT_STAR -> (long) s.rows.size();
            case COUNT -> n;
            case SUM -> s.sums[f];
            case AVG -> s.sums[f] == null ? null : AggregateFunction.divide(s.sums[f], n);
            case MIN, MAX -> s.extremes[f] == null || s.extremes[f].isEmpty() ? null
                    : s.extremes[f].peekFirst().args()[f];
            case STDDEV_POP, STDDEV_SAMP, VAR_POP, VAR_SAMP -> {
                if (n == 0) {
                    yield null;
                }
                double sum = (Double) s.sums[f];
                double m2 = Math.max(0, s.sumSquares[f] - sum * sum / n);
                yield AggregateFunction.variance(fn.kind().name(), n, m2);
            }
            default -> positional(fn, f, s, current);
        };
    }

    /** FIRST_VALUE, LAST_VALUE, NTH_VALUE (from the oldest) and LAG (back from the current row). */
    private static Object positional(Function fn, int f, State s, Object[] current) {
        switch (fn.kind()) {
            case FIRST_VALUE, NTH_VALUE -> {
                int wanted = fn.kind() == Kind.FIRST_VALUE ? 1 : fn.offset();
                int seen = 0;
                for (Entry e : s.rows) {
                    Object v = e.args()[f];
                    if (v != null || !fn.ignoreNulls()) {
                        if (++seen == wanted) {
                            return v;
                        }
                    }
                }
                return null;
            }
            case LAST_VALUE -> {
                for (Iterator<Entry> it = s.rows.descendingIterator(); it.hasNext();) {
                    Object v = it.next().args()[f];
                    if (v != null || !fn.ignoreNulls()) {
                        return v;
                    }
                }
                return null;
            }
            default -> {
                // LAG: the offset-th value before the current row (the newest); IGNORE NULLS skips nulls before it.
                Iterator<Entry> it = s.rows.descendingIterator();
                it.next();
                int seen = 0;
                while (it.hasNext()) {
                    Object v = it.next().args()[f];
                    if (v != null || !fn.ignoreNulls()) {
                        if (++seen == fn.offset()) {
                            return v;
                        }
                    }
                }
                return fn.defaultValue() == null ? null : fn.defaultValue().eval(current);
            }
        }
    }

    private static Object minus(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x - y;
        }
        if (a instanceof Double || b instanceof Double) {
            return Values.toDouble(a) - Values.toDouble(b);
        }
        return Values.toDecimal(a).subtract(Values.toDecimal(b));
    }
}
