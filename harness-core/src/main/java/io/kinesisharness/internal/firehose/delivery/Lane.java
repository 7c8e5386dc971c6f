package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One buffer of a delivery stream and the batches sealed from it, delivered in order by one {@link Sink}. A buffer
 * is sealed when it reaches the size hint (on the put that reaches it) or when the interval hint has passed since
 * its first record (a task on the harness scheduler, so moving the clock delivers it). Batches are attempted
 * strictly in order: one waiting for a retry holds back those behind it, as one destination's deliveries do.
 */
final class Lane {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Lane.class);

    private final DeliveryStream stream;
    private final Sink sink;
    private final HarnessScheduler scheduler;
    private final Partition partition;
    /** Guards the open buffer and the queue; held only briefly, never while delivering. */
    private final Object buffer = new Object();
    /** Held while delivering, so batches go out one at a time and in order. */
    private final ReentrantLock delivering = new ReentrantLock();
    private final ArrayDeque<Batch> sealed = new ArrayDeque<>();
    private List<InputRecord> open = new ArrayList<>();
    private long openBytes;
    private long openWeight;
    private Instant openFirst;
    private HarnessScheduler.Scheduled interval;
    private boolean closed;

    Lane(DeliveryStream stream, Sink sink, HarnessScheduler scheduler) {
        this(stream, sink, scheduler, Partition.NONE);
    }

    Lane(DeliveryStream stream, Sink sink, HarnessScheduler scheduler, Partition partition) {
        this.stream = stream;
        this.sink = sink;
        this.scheduler = scheduler;
        this.partition = partition;
    }

    /** Whether it holds nothing: no open buffer, no batch waiting (an idle partition is no longer active). */
    boolean idle() {
        synchronized (buffer) {
            return open.isEmpty() && sealed.isEmpty();
        }
    }

    /** Buffers records; a buffer the size hint seals is delivered on the scheduler's thread, not the caller's. */
    void add(List<InputRecord> records) {
        boolean sealedOne = false;
        synchronized (buffer) {
            if (closed) {
                return;
            }
            BufferLimits limits = sink.limits(stream);
            for (InputRecord r : records) {
                long weight = sink.weight(r);
                if (limits.maxWeight() > 0 && !open.isEmpty() && openWeight + weight > limits.maxWeight()) {
                    seal();
                    sealedOne = true;
                }
                openWeight += weight;
                if (open.isEmpty()) {
                    // The interval runs from when the buffer opened (a transformed record enters the destination's
                    // buffer after its processor's); objects are still named by the first record's arrival.
                    openFirst = Instant.ofEpochMilli(r.arrivalMillis());
                    interval = scheduler.schedule(scheduler.clock().now().plus(limits.interval()),
                            this::intervalEnded);
                }
                open.add(r);
                openBytes += r.data().length;
                if (openBytes >= limits.bytes() || open.size() >= limits.maxRecords()) {
                    seal();
                    sealedOne = true;
                }
            }
        }
        if (sealedOne) {
            scheduler.schedule(scheduler.clock().now(), this::deliver);
        }
    }

    /** Seals what is buffered and delivers every batch that may go now, on the caller's thread. */
    void flush() {
        synchronized (buffer) {
            if (!open.isEmpty()) {
                seal();
            }
        }
        deliver();
    }

    /** Drops the buffer and every undelivered batch: the stream was deleted (AWS discards them too). */
    void discard() {
        synchronized (buffer) {
            closed = true;
            if (interval != null) {
                interval.cancel();
            }
            open = new ArrayList<>();
            sealed.clear();
        }
    }

    /**
     * Closes this lane and hands back every record it had not delivered, oldest first, for a lane replacing it (the
     * destination's type changed); a batch in retry is handed back whole.
     */
    List<InputRecord> drain() {
        delivering.lock();
        try {
            synchronized (buffer) {
                closed = true;
                if (interval != null) {
                    interval.cancel();
                }
                List<InputRecord> rest = new ArrayList<>();
                for (Batch b : sealed) {
                    rest.addAll(b.records);
                }
                rest.addAll(open);
                sealed.clear();
                open = new ArrayList<>();
                return rest;
            }
        } finally {
            delivering.unlock();
        }
    }

    private void intervalEnded() {
        flush();
    }

    private void seal() {
        if (interval != null) {
            interval.cancel();
            interval = null;
        }
        sealed.add(new Batch(open, openBytes, openFirst, partition));
        open = new ArrayList<>();
        openBytes = 0;
        openWeight = 0;
    }

    private void deliver() {
        delivering.lock();
        try {
            while (true) {
                Batch next;
                synchronized (buffer) {
                    next = closed ? null : sealed.peek();
                }
                if (next == null) {
                    return;
                }
                Instant now = scheduler.clock().now();
                if (now.isBefore(next.notBefore)) {
                    return;
                }
                next.attempts++;
                Outcome outcome;
                try {
                    outcome = sink.attempt(stream, next, now);
                } catch (RuntimeException e) {
                    // A fault of the harness's own (not the destination's): logged, and the batch kept and tried
                    // again later, as AWS keeps a batch it could not deliver, rather than lost or left jamming.
                    LOG.error("Delivery stream {}: delivering a batch failed; retrying", stream.name(), e);
                    outcome = Outcome.retryAt(now.plusSeconds(Math.min(60, 1L << Math.min(next.attempts - 1, 6))));
                }
                if (!outcome.done()) {
                    next.notBefore = outcome.retryAt();
                    scheduler.schedule(outcome.retryAt(), this::deliver);
                    return;
                }
                synchronized (buffer) {
                    sealed.remove(next);
                }
            }
        } finally {
            delivering.unlock();
        }
    }
}
