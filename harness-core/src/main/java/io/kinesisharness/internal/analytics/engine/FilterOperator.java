package io.kinesisharness.internal.analytics.engine;

/** A continuous filter: passes the rows its condition holds for (TRUE, not UNKNOWN). */
public final class FilterOperator implements RowSink {

    private final Expr condition;
    private final RowSink next;
    private final EvalContext context;

    public FilterOperator(Expr condition, RowSink next, EvalContext context) {
        this.condition = condition;
        this.next = next;
        this.context = context;
    }

    @Override
    public void accept(long rowtime, Object[] row) {
        // Functions that read the row's time (SYS_LOG_PARSE's year, CURRENT_ROW_TIMESTAMP) see this row's.
        context.rowtime = rowtime;
        if (Boolean.TRUE.equals(condition.eval(row))) {
            next.accept(rowtime, row);
        }
    }
}
