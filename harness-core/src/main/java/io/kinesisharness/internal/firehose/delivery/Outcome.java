package io.kinesisharness.internal.firehose.delivery;

import java.time.Instant;

/**
 * What one attempt at a batch came to: delivered, given up for good (the failure recorded), or to be tried again at
 * a time.
 */
record Outcome(Instant retryAt, boolean delivered) {

    static final Outcome DONE = new Outcome(null, true);
    static final Outcome GIVEN_UP = new Outcome(null, false);

    static Outcome retryAt(Instant at) {
        return new Outcome(at, false);
    }

    boolean done() {
        return retryAt == null;
    }
}
