package io.kinesisharness.internal.kinesis.fanout;

import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.dispatch.EventSink;
import io.kinesisharness.internal.dispatch.StreamingAnswer;
import io.kinesisharness.internal.dispatch.StreamingResponse;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import io.kinesisharness.internal.kinesis.model.StreamConsumer;
import io.kinesisharness.internal.kinesis.model.StreamShard;
import io.kinesisharness.internal.kinesis.store.ShardLog;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One SubscribeToShard subscription: pushes a shard's records to one consumer as event-stream messages, from the
 * connection's I/O thread. Records are pushed as they arrive: the shard's log calls back on every append, and the
 * subscription hands itself to its I/O thread, which reads from the log only while the client keeps up, so a slow
 * client slows reading instead of filling memory. With nothing to send, an event still goes out every
 * {@link #HEARTBEAT} of harness time; after {@link #LIFETIME} of harness time the stream ends normally, as AWS's
 * does after 5 minutes. Both run on the harness scheduler, so a MANUAL clock drives them exactly.
 *
 * <p>It stops counting as the consumer's subscription to the shard the moment it ends (expiry, takeover,
 * deregistration, reset, the client leaving, the end of a closed shard), from whichever thread ends it; the
 * stream itself is closed on the I/O thread.
 */
public final class ShardSubscription implements StreamingAnswer, StreamingResponse.Listener, ShardLog.Listener {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final int MAX_RECORDS_PER_EVENT = 10_000;
    private static final long MAX_BYTES_PER_EVENT = 1024 * 1024;

    private final KinesisEngine engine;
    private final StreamConsumer consumer;
    private final KinesisStream stream;
    private final StreamShard shard;
    private final long startedMillis;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicBoolean pumpQueued = new AtomicBoolean();
    private volatile EventSink response;
    private volatile HarnessScheduler.Scheduled expiry;
    private volatile HarnessScheduler.Scheduled heartbeat;
    /** Next record to send; touched only on the I/O thread. */
    private long nextOrdinal;
    private boolean closedOnLoop;

    public ShardSubscription(KinesisEngine engine, StreamConsumer consumer, StreamShard shard, long startOrdinal,
            long startedMillis) {
        this.engine = engine;
        this.consumer = consumer;
        this.stream = shard.stream();
        this.shard = shard;
        this.nextOrdinal = startOrdinal;
        this.startedMillis = startedMillis;
    }

    public long startedMillis() {
        return startedMillis;
    }

    @Override
    public void start(EventSink response) {
        this.response = response;
        response.listen(this);
        response.begin();
        response.event("initial-response", Map.of());
        response.flush();
        if (ended.get()) {
            // Ended between the handler's checks and now; end() could not reach the stream before it existed.
            closeOnLoop(null);
            return;
        }
        shard.log().addListener(this);
        HarnessScheduler scheduler = engine.scheduler();
        expiry = scheduler.schedule(Instant.ofEpochMilli(startedMillis).plus(LIFETIME), () -> end(null));
        heartbeat = scheduler.schedule(Instant.ofEpochMilli(startedMillis).plus(HEARTBEAT), this::beat);
        if (ended.get()) {
            cancelTimers();
        }
        pump(false);
    }

    /**
     * Ends the subscription from any thread, with an exception event when {@code error} is given. It stops
     * being active at once, so a new subscription of the consumer to the shard is accepted straight after.
     */
    public void end(RuntimeException error) {
        if (!deactivate()) {
            return;
        }
        EventSink r = response;
        if (r != null) {
            r.executor().execute(() -> closeOnLoop(error));
        }
    }

    @Override
    public void logChanged() {
        EventSink r = response;
        if (r != null && !ended.get() && pumpQueued.compareAndSet(false, true)) {
            r.executor().execute(() -> pump(false));
        }
    }

    @Override
    public void writable() {
        pump(false);
    }

    /**
     * The connection has been silent for seconds of real time, which happens when the harness clock stands still
     * (MANUAL): an empty event keeps the client from timing out, as AWS's steady events do.
     */
    @Override
    public void idle() {
        pump(true);
    }

    @Override
    public void closed() {
        deactivate();
    }

    private void beat() {
        EventSink r = response;
        if (ended.get() || r == null) {
            return;
        }
        heartbeat = engine.scheduler().schedule(HEARTBEAT, this::beat);
        r.executor().execute(() -> pump(true));
    }

    /**
     * Sends what the log holds beyond the position, one event per 10,000 records or 1 MiB, while the client
     * keeps up. A heartbeat sends an empty event when there was nothing else to send.
     */
    private void pump(boolean heartbeatDue) {
        pumpQueued.set(false);
        EventSink r = response;
        // Not stopped by end(): what was due before it (a clock moved by five minutes at once queues every
        // heartbeat ahead of the end) still goes out, in order, before the stream closes.
        if (closedOnLoop || !r.isOpen()) {
            return;
        }
        boolean sent = false;
        while (r.isWritable()) {
            long now = engine.now();
            ShardLog.Page page = shard.log().read(nextOrdinal, MAX_RECORDS_PER_EVENT, MAX_BYTES_PER_EVENT,
                    stream.retentionCutoffMillis(now));
            boolean shardEnd = !shard.isOpen() && page.nextArrivalMillis() < 0
                    && page.nextOrdinal() >= shard.log().nextOrdinal();
            if (page.records().isEmpty() && !shardEnd && (sent || !heartbeatDue)) {
                break;
            }
            nextOrdinal = page.nextOrdinal();
            try {
                // Encoded before the page lets go of the records' memory.
                r.event("SubscribeToShardEvent", SubscriptionEvents.records(shard, page, now, shardEnd));
            } finally {
                page.release();
            }
            sent = true;
            if (shardEnd) {
                // The children went out with the last event; AWS ends the subscription there.
                deactivate();
                closeOnLoop(null);
                return;
            }
            if (page.records().isEmpty()) {
                break;
            }
        }
        if (sent) {
            r.flush();
        }
    }

    private void closeOnLoop(RuntimeException error) {
        if (closedOnLoop) {
            return;
        }
        closedOnLoop = true;
        EventSink r = response;
        if (error instanceof AwsException aws && r.isOpen()) {
            r.exception(aws);
        }
        r.end();
    }

    /** Stops counting as active; true for the one caller that did it. */
    private boolean deactivate() {
        if (!ended.compareAndSet(false, true)) {
            return false;
        }
        consumer.subscriptions().remove(shard.index(), this);
        engine.subscriptions().remove(this);
        shard.log().removeListener(this);
        cancelTimers();
        return true;
    }

    private void cancelTimers() {
        HarnessScheduler.Scheduled e = expiry;
        HarnessScheduler.Scheduled h = heartbeat;
        if (e != null) {
            e.cancel();
        }
        if (h != null) {
            h.cancel();
        }
    }
}
