package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.kinesis.api.Consumer;
import io.kinesisharness.internal.kinesis.api.ConsumerDescription;
import io.kinesisharness.internal.kinesis.fanout.ShardSubscription;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One registered enhanced fan-out consumer. Like a stream's, its status follows from the clock: CREATING until
 * its activation instant, ACTIVE, then DELETING from deregistration until it is gone.
 */
public final class StreamConsumer {

    private final KinesisStream stream;
    private final String name;
    private final String arn;
    private final long arnSeconds;
    private final long createdMillis;
    private final long activeAtMillis;
    /** Place in the stream's registration order, which ListStreamConsumers pages by. */
    private final long registration;
    private volatile long deletingSinceMillis = -1;
    private volatile long goneAtMillis = Long.MAX_VALUE;
    /** The live subscription of each shard, by shard index: at most one per consumer and shard. */
    private final ConcurrentMap<Integer, ShardSubscription> subscriptions = new ConcurrentHashMap<>();

    public StreamConsumer(KinesisStream stream, String name, long arnSeconds, long createdMillis, long activeAtMillis,
            long registration) {
        this.stream = stream;
        this.name = name;
        this.arn = ConsumerArn.format(stream, name, arnSeconds);
        this.arnSeconds = arnSeconds;
        this.createdMillis = createdMillis;
        this.activeAtMillis = activeAtMillis;
        this.registration = registration;
    }

    public long registration() {
        return registration;
    }

    public String status(long nowMillis) {
        if (deletingSinceMillis >= 0) {
            return "DELETING";
        }
        return nowMillis < activeAtMillis ? "CREATING" : "ACTIVE";
    }

    public boolean isGone(long nowMillis) {
        return nowMillis >= goneAtMillis;
    }

    public boolean isDeleting() {
        return deletingSinceMillis >= 0;
    }

    /** Starts deregistration; every subscription of the consumer ends with {@code why} at once. */
    public void markDeleting(long nowMillis, long goneAtMillis, RuntimeException why) {
        this.deletingSinceMillis = nowMillis;
        this.goneAtMillis = goneAtMillis;
        for (ShardSubscription s : subscriptions.values()) {
            s.end(why);
        }
    }

    public KinesisStream stream() {
        return stream;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    /** The creation second as the ARN carries it, which AWS's messages call the creation timestamp. */
    public long arnSeconds() {
        return arnSeconds;
    }

    public Consumer describe(long nowMillis) {
        return new Consumer(name, arn, status(nowMillis), Instant.ofEpochMilli(createdMillis));
    }

    public ConsumerDescription describeFully(long nowMillis) {
        return new ConsumerDescription(name, arn, status(nowMillis), Instant.ofEpochMilli(createdMillis),
                stream.arn());
    }

    public ConcurrentMap<Integer, ShardSubscription> subscriptions() {
        return subscriptions;
    }
}
