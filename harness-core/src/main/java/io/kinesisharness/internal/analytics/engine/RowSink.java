package io.kinesisharness.internal.analytics.engine;

/** Where an operator's rows go: each with the ROWTIME it carries downstream and its column values. */
@FunctionalInterface
public interface RowSink {

    void accept(long rowtime, Object[] row);
}
