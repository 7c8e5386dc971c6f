package io.kinesisharness.internal.analytics.engine;

/** Computes a row of expressions from each row; the ROWTIME passes through. */
public final class ProjectOperator implements RowSink {

    private final Expr[] expressions;
    private final RowSink next;
    private final EvalContext context;

    public ProjectOperator(Expr[] expressions, RowSink next, EvalContext context) {
        this.expressions = expressions;
        this.next = next;
        this.context = context;
    }

    @Override
    public void accept(long rowtime, Object[] row) {
        context.rowtime = rowtime;
        Object[] out = new Object[expressions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = expressions[i].eval(row);
        }
        next.accept(rowtime, out);
    }
}
