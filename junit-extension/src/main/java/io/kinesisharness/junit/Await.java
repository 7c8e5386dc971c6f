package io.kinesisharness.junit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits, bounded, for a condition that something on its own threads and the real clock will make true: a KCL worker
 * processing records, an application consuming a stream. Harness time never needs this (advance its clock instead);
 * a consumer's threads do, and a test should wait on what they produce, never for a guessed while.
 */
public final class Await {

    private static final long POLL_MILLIS = 20;

    private Await() {
    }

    /**
     * Returns as soon as {@code condition} holds; fails with an {@link AssertionError} naming {@code what} if it still
     * does not after {@code limit}. The limit is a safety net for a broken test, not a timing: choose it generously.
     */
    public static void until(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Timed out after " + limit.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }
}
