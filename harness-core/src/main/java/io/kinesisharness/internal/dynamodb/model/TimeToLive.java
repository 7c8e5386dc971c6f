package io.kinesisharness.internal.dynamodb.model;

import io.kinesisharness.internal.clock.HarnessScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Deletes expired items on the harness clock, as DynamoDB's TTL process does in the background: an item whose TTL
 * attribute (a top-level number, epoch seconds) lies before the current time is deleted, from the table and its
 * indexes, once {@code ttl-deletion-delay} has also passed (0 by default: at once; AWS takes up to a few days, and a
 * delay lets a test see expired items that are still readable). One task on the harness scheduler, due at the
 * earliest expiry any table knows of; tables report new expiries as items are written.
 *
 * <p>Locks: a table reports an expiry while holding its own lock, so this class never holds its lock while it takes
 * a table's; the sweep asks each table in turn, then schedules the next sweep.
 */
public final class TimeToLive {

    private final HarnessScheduler scheduler;
    private final Tables tables;
    private final Supplier<Duration> deletionDelay;
    private final ReentrantLock lock = new ReentrantLock();
    private HarnessScheduler.Scheduled next;

    public TimeToLive(HarnessScheduler scheduler, Tables tables, Supplier<Duration> deletionDelay) {
        this.scheduler = scheduler;
        this.tables = tables;
        this.deletionDelay = deletionDelay;
    }

    /** An item now expires at {@code expiry}: make sure a sweep runs just after it (plus the deletion delay). */
    public void expiresAt(Instant expiry) {
        Instant at = expiry.plus(deletionDelay.get()).plusNanos(1);
        lock.lock();
        try {
            if (next != null && !at.isBefore(next.due())) {
                return;
            }
            if (next != null) {
                next.cancel();
            }
            next = scheduler.schedule(at, this::sweep);
        } finally {
            lock.unlock();
        }
    }

    private void sweep() {
        lock.lock();
        try {
            next = null;
        } finally {
            lock.unlock();
        }
        Instant deleteBefore = scheduler.clock().now().minus(deletionDelay.get());
        for (Table t : tables.all()) {
            Instant remaining = t.expire(deleteBefore);
            if (remaining != null) {
                expiresAt(remaining);
            }
        }
    }

    /** Harness reset: the tables are gone, and so is the pending sweep. */
    public void clear() {
        lock.lock();
        try {
            if (next != null) {
                next.cancel();
                next = null;
            }
        } finally {
            lock.unlock();
        }
    }
}
