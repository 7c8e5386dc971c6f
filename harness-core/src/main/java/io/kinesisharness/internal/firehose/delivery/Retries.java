package io.kinesisharness.internal.firehose.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * AWS's retry timing for destinations: exponential backoff from one second, doubling, capped at two minutes, with
 * 15 % jitter either way, while the retry duration (counted from the first failure) lasts. All on the harness clock.
 */
final class Retries {

    private static final long INITIAL_MILLIS = 1000;
    private static final long CAP_MILLIS = 120_000;

    private Retries() {
    }

    /** The next attempt's time, or null when the retry duration would be over by then. */
    static Instant next(Batch batch, Instant now, Duration retryDuration) {
        if (batch.firstFailure == null) {
            batch.firstFailure = now;
        }
        int retriesSoFar = Math.max(0, batch.attempts - 1);
        long base = Math.min(CAP_MILLIS, INITIAL_MILLIS << Math.min(retriesSoFar, 20));
        long jitter = (long) (base * 0.15 * (ThreadLocalRandom.current().nextDouble() * 2 - 1));
        Instant at = now.plusMillis(base + jitter);
        if (at.isAfter(batch.firstFailure.plus(retryDuration))) {
            return null;
        }
        return at;
    }
}
