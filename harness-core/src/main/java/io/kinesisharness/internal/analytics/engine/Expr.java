package io.kinesisharness.internal.analytics.engine;

/** A compiled scalar expression over one input row (ROWTIME at index 0 where the row is a stream's). */
@FunctionalInterface
public interface Expr {

    /** @throws RowError when the row cannot be computed (division by zero, a value that does not convert) */
    Object eval(Object[] row);
}
