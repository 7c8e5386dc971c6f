package io.kinesisharness.internal.analytics.engine;

/**
 * What expressions read besides their row, per application (its operators run on one thread at a time): the
 * ROWTIME of the row being produced, which an unqualified {@code ROWTIME} in a select list names, and the time the
 * application's query started (CURRENT_TIMESTAMP and its kin are fixed at query start).
 */
public final class EvalContext {

    public long rowtime;
    public long queryStart;
    /** The values of the windowed functions (OVER) for the row being computed, in the order they were planned. */
    public Object[] windowed;
}
