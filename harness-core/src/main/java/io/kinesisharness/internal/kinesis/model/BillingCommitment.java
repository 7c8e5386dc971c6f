package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.kinesis.api.MinimumThroughputBillingCommitmentOutput;
import java.time.Instant;

/**
 * An account's minimum throughput billing commitment. A commitment lasts at least 24 hours; disabling it
 * earlier schedules the end for the earliest allowed instant, and enabling it again before then cancels that.
 * The status is computed from the clock on each read, so the scheduled end happens exactly on time.
 */
public final class BillingCommitment {

    static final long MINIMUM_MILLIS = 24 * 3_600_000L;

    private long startedMillis = -1;
    private long earliestEndMillis = -1;
    private long endedMillis = -1;
    private boolean endRequested;

    public synchronized MinimumThroughputBillingCommitmentOutput describe(long nowMillis) {
        settle(nowMillis);
        String status = startedMillis < 0 ? "DISABLED"
                : endRequested ? "ENABLED_UNTIL_EARLIEST_ALLOWED_END" : "ENABLED";
        boolean running = startedMillis >= 0;
        return new MinimumThroughputBillingCommitmentOutput(status,
                running ? Instant.ofEpochMilli(startedMillis) : null,
                !running && endedMillis >= 0 ? Instant.ofEpochMilli(endedMillis) : null,
                running ? Instant.ofEpochMilli(earliestEndMillis) : null);
    }

    /** True while the account is committed (including the days it still runs after a disable). */
    public synchronized boolean active(long nowMillis) {
        settle(nowMillis);
        return startedMillis >= 0;
    }

    public synchronized void enable(long nowMillis) {
        settle(nowMillis);
        if (startedMillis >= 0) {
            endRequested = false;
            return;
        }
        startedMillis = nowMillis;
        earliestEndMillis = nowMillis + MINIMUM_MILLIS;
        endedMillis = -1;
    }

    public synchronized void disable(long nowMillis) {
        settle(nowMillis);
        if (startedMillis < 0) {
            return;
        }
        if (nowMillis >= earliestEndMillis) {
            end(nowMillis);
        } else {
            endRequested = true;
        }
    }

    private void settle(long nowMillis) {
        if (endRequested && nowMillis >= earliestEndMillis) {
            end(earliestEndMillis);
        }
    }

    private void end(long atMillis) {
        endedMillis = atMillis;
        startedMillis = -1;
        earliestEndMillis = -1;
        endRequested = false;
    }
}
