package io.kinesisharness.internal.analytics.engine;

import java.util.List;
import java.util.Map;

/**
 * An application's code made live for one run: its in-application streams by name (the inputs', the ones its code
 * creates, and {@code error_stream}), and its windowed operators in the order rows flow through them, which the
 * application advances when its clock does.
 */
public record CompiledApplication(Map<String, InAppStream> streams, List<TimedOperator> windows,
        EvalContext context) {

    public static final String ERROR_STREAM = "error_stream";

    /** Emits every window whose end is at or before {@code now}, upstream operators first. */
    public void advance(long now) {
        for (TimedOperator w : windows) {
            w.advance(now);
        }
    }

    /** The earliest end of a window still open, or Long.MAX_VALUE when none is. */
    public long nextWindowEnd() {
        long next = Long.MAX_VALUE;
        for (TimedOperator w : windows) {
            List<Long> ends = w.pendingEnds();
            if (!ends.isEmpty()) {
                next = Math.min(next, ends.get(0));
            }
        }
        return next;
    }
}
