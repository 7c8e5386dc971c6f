package io.kinesisharness.internal.analytics.engine;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One aggregate of a GROUP BY: which function, which input column (-1 for {@code COUNT(*)}) and its result type,
 * to which the result is converted (AVG of an INTEGER column is an INTEGER, as in SQL).
 */
public record AggregateFunction(Kind kind, int argument, ColumnType resultType) {

    public enum Kind { COUNT, SUM, AVG, MIN, MAX }

    /** A fresh accumulator. */
    public Accumulator start() {
        return new Accumulator();
    }

    /** The running state of one aggregate for one group. */
    public final class Accumulator {
        private long count;
        private Object value;

        public void add(Object[] row) {
            if (argument < 0) {
                count++;
                return;
            }
            Object v = row[argument];
            if (v == null) {
                return;
            }
            count++;
            switch (kind) {
                case SUM, AVG -> value = value == null ? v : plus(value, v);
                case MIN -> value = value == null || Values.compare(v, value) < 0 ? v : value;
                case MAX -> value = value == null || Values.compare(v, value) > 0 ? v : value;
                default -> {
                }
            }
        }

        public Object result() {
            Object r = switch (kind) {
                case COUNT -> count;
                case SUM, MIN, MAX -> value;
                case AVG -> value == null ? null : divide(value, count);
            };
            return Values.cast(r, resultType);
        }
    }

    private static Object plus(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Math.addExact(x, y);
        }
        if (a instanceof Double || b instanceof Double) {
            return Values.toDouble(a) + Values.toDouble(b);
        }
        return Values.toDecimal(a).add(Values.toDecimal(b));
    }

    private static Object divide(Object sum, long count) {
        if (sum instanceof Long x) {
            return x / count;
        }
        if (sum instanceof Double d) {
            return d / count;
        }
        return Values.toDecimal(sum).divide(BigDecimal.valueOf(count), MathContext.DECIMAL64);
    }
}
