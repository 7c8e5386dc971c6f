package io.kinesisharness.internal.analytics.engine;

/** A continuous filter: passes the rows its condition holds for (TRUE, not UNKNOWN). */
public final class FilterOperator implements RowSink {

    private final Expr condition;
    private final RowSink next;

    public FilterOperator(Expr condition, RowSink next) {
        this.condition = condition;
        this.next = next;
    }

    @Override
    public void accept(long rowtime, Object[] row) {
        if (Boolean.TRUE.equals(condition.eval(row))) {
            next.accept(rowtime, row);
        }
    }
}
