package io.kinesisharness.internal.analytics.engine;

import java.util.List;

/** An operator that emits when ROWTIME reaches a time (a window's end): the application advances it with the clock. */
public interface TimedOperator extends RowSink {

    /** Emits what is due at or before {@code bound}. */
    void advance(long bound);

    /** The times at which it will emit next, earliest first. */
    List<Long> pendingEnds();
}
