package io.kinesisharness.internal.analytics.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * One aggregate of a GROUP BY: which function, which input column (-1 for {@code COUNT(*)}) and its result type,
 * to which the result is converted (AVG of an INTEGER column is an INTEGER, as in SQL).
 */
public record AggregateFunction(Kind kind, int argument, ColumnType resultType) {

    public enum Kind { COUNT, SUM, AVG, MIN, MAX, STDDEV_POP, STDDEV_SAMP, VAR_POP, VAR_SAMP, FIRST_VALUE, LAST_VALUE }

    /** A fresh accumulator. */
    public Accumulator start() {
        return new Accumulator();
    }

    /** Fresh accumulators for a new group, one per function. */
    public static Accumulator[] startAll(List<AggregateFunction> functions) {
        Accumulator[] a = new Accumulator[functions.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = functions.get(i).start();
        }
        return a;
    }

    /** The running state of one aggregate for one group. */
    public final class Accumulator {
        private long count;
        private Object value;
        /** Welford's running mean and sum of squared deviations, for the variances. */
        private double mean;
        private double m2;

        public void add(Object[] row) {
            if (argument < 0) {
                count++;
                return;
            }
            Object v = row[argument];
            if (kind == Kind.FIRST_VALUE || kind == Kind.LAST_VALUE) {
                // The group's first (last) row's value, NULL included (RESPECT NULLS).
                if (kind == Kind.LAST_VALUE || count++ == 0) {
                    value = v;
                }
                return;
            }
            if (v == null) {
                return;
            }
            count++;
            switch (kind) {
                case SUM, AVG -> value = value == null ? v : plus(value, v);
                case MIN -> value = value == null || Values.compare(v, value) < 0 ? v : value;
                case MAX -> value = value == null || Values.compare(v, value) > 0 ? v : value;
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

        public Object result() {
            Object r = switch (kind) {
                case COUNT -> count;
                case SUM, MIN, MAX, FIRST_VALUE, LAST_VALUE -> value;
                case AVG -> value == null ? null : divide(value, count);
                default -> variance(kind.name(), count, m2);
            };
            return Values.cast(r, resultType);
        }
    }

    /** STDDEV_POP, STDDEV_SAMP, VAR_POP or VAR_SAMP of {@code count} values whose squared deviations sum to m2. */
    static Object variance(String kind, long count, double m2) {
        boolean sample = kind.endsWith("SAMP");
        if (count == 0 || sample && count == 1) {
            return null;
        }
        double var = m2 / (sample ? count - 1 : count);
        return kind.startsWith("STDDEV") ? Math.sqrt(var) : var;
    }

    static Object plus(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Math.addExact(x, y);
        }
        if (a instanceof Double || b instanceof Double) {
            return Values.toDouble(a) + Values.toDouble(b);
        }
        return Values.toDecimal(a).add(Values.toDecimal(b));
    }

    static Object divide(Object sum, long count) {
        if (sum instanceof Long x) {
            return x / count;
        }
        if (sum instanceof Double d) {
            return d / count;
        }
        return Values.toDecimal(sum).divide(BigDecimal.valueOf(count), MathContext.DECIMAL64);
    }
}
