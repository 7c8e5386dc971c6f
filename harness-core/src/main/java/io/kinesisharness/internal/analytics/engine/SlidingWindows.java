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

    private final List<Window> windows;
    private final List<Function> functions;
    private final RowSink next;
    private final EvalContext context;
    /** Per window, per partition key: the rows in it, oldest first. */
    private final List<Map<List<Object>, ArrayDeque<Object[]>>> partitions = new ArrayList<>();

    /** @param next receives each input row with the functions' values in {@link EvalContext#windowed} */
    public SlidingWindows(List<Window> windows, List<Function> functions, RowSink next, EvalContext context) {
        this.windows = windows;
        this.functions = functions;
        this.next = next;
        this.context = context;
        for (int i = 0; i < windows.size(); i++) {
            partitions.add(new HashMap<>());
        }
    }

    @Override
    public void accept(long rowtime, Object[] row) {
        List<ArrayDeque<Object[]>> current = new ArrayList<>(windows.size());
        for (int w = 0; w < windows.size(); w++) {
            Window window = windows.get(w);
            Object[] key = new Object[window.partitionKeys().length];
            for (int i = 0; i < key.length; i++) {
                key[i] = window.partitionKeys()[i].eval(row);
            }
            ArrayDeque<Object[]> rows = partitions.get(w).computeIfAbsent(Arrays.asList(key),
                    k -> new ArrayDeque<>());
            rows.addLast(row);
            if (window.rows()) {
                while (rows.size() > window.extent() + 1) {
                    rows.removeFirst();
                }
            } else {
                long from = rowtime - window.extent();
                while ((Long) rows.peekFirst()[0] < from) {
                    rows.removeFirst();
                }
            }
            current.add(rows);
        }
        Object[] values = new Object[functions.size()];
        for (int f = 0; f < values.length; f++) {
            Function fn = functions.get(f);
            values[f] = Values.cast(compute(fn, current.get(fn.window())), fn.resultType());
        }
        Object[] saved = context.windowed;
        context.windowed = values;
        try {
            next.accept(rowtime, row);
        } finally {
            context.windowed = saved;
        }
    }

    private static Object compute(Function fn, ArrayDeque<Object[]> rows) {
        switch (fn.kind()) {
            case COUNT_STAR:
                return (long) rows.size();
            case FIRST_VALUE, LAST_VALUE, NTH_VALUE, LAG:
                return positional(fn, rows);
            default:
                break;
        }
        long count = 0;
        Object sum = null;
        Object min = null;
        Object max = null;
        double mean = 0;
        double m2 = 0;
        for (Object[] r : rows) {
            Object v = fn.argument().eval(r);
            if (v == null) {
                continue;
            }
            count++;
            switch (fn.kind()) {
                case SUM, AVG -> sum = sum == null ? v : AggregateFunction.plus(sum, v);
                case MIN -> min = min == null || Values.compare(v, min) < 0 ? v : min;
                case MAX -> max = max == null || Values.compare(v, max) > 0 ? v : max;
                case STDDEV_POP, STDDEV_SAMP, VAR_POP, VAR_SAMP -> {
                    double x = Values.toDouble(v);
                    double delta = x - mean;
                    mean += delta / count;
                    m2 += delta * (x - mean);
                }
                default -> {
                }
            }
        }
        return switch (fn.kind()) {
            case COUNT -> count;
            case SUM -> sum;
            case AVG -> sum == null ? null : AggregateFunction.divide(sum, count);
            case MIN -> min;
            case MAX -> max;
            default -> AggregateFunction.variance(fn.kind().name(), count, m2);
        };
    }

    /** FIRST_VALUE, LAST_VALUE, NTH_VALUE (from the oldest) and LAG (back from the current row). */
    private static Object positional(Function fn, ArrayDeque<Object[]> rows) {
        List<Object> values = new ArrayList<>(rows.size());
        Iterator<Object[]> it = rows.iterator();
        while (it.hasNext()) {
            Object v = fn.argument().eval(it.next());
            if (v != null || !fn.ignoreNulls()) {
                values.add(v);
            }
        }
        return switch (fn.kind()) {
            case FIRST_VALUE -> values.isEmpty() ? null : values.get(0);
            case LAST_VALUE -> values.isEmpty() ? null : values.get(values.size() - 1);
            case NTH_VALUE -> fn.offset() >= 1 && fn.offset() <= values.size() ? values.get(fn.offset() - 1) : null;
            default -> {
                // LAG: the current row is the last; IGNORE NULLS skips null values before it.
                int currentIndex = values.size() - 1;
                Object[] current = rows.peekLast();
                boolean currentCounted = !fn.ignoreNulls() || fn.argument().eval(current) != null;
                int index = (currentCounted ? currentIndex : currentIndex + 1) - fn.offset();
                if (index >= 0 && index < values.size()) {
                    yield values.get(index);
                }
                yield fn.defaultValue() == null ? null : fn.defaultValue().eval(current);
            }
        };
    }
}
