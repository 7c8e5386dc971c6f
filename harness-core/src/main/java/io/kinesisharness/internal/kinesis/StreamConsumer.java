package io.kinesisharness.internal.kinesis;

import io.kinesisharness.internal.kinesis.api.Consumer;
import io.kinesisharness.internal.kinesis.api.ConsumerDescription;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One registered enhanced fan-out consumer. Like a stream's, its status follows from the clock: CREATING until
 * its activation instant, ACTIVE, then DELETING from deregistration until it is gone.
 */
final class StreamConsumer {

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
    final ConcurrentMap<Integer, ShardSubscription> subscriptions = new ConcurrentHashMap<>();

    StreamConsumer(KinesisStream stream, String name, long arnSeconds, long createdMillis, long activeAtMillis,
            long registration) {
        this.stream = stream;
        this.name = name;
        this.arn = ConsumerArn.format(stream, name, arnSeconds);
        this.arnSeconds = arnSeconds;
        this.createdMillis = createdMillis;
        this.activeAtMillis = activeAtMillis;
        this.registration = registration;
    }

    long registration() {
        return registration;
    }

    String status(long nowMillis) {
        if (deletingSinceMillis >= 0) {
            return "DELETING";
        }
        return nowMillis < activeAtMillis ? "CREATING" : "ACTIVE";
    }

    boolean isGone(long nowMillis) {
        return nowMillis >= goneAtMillis;
    }

    boolean isDeleting() {
        return deletingSinceMillis >= 0;
    }

    /** Starts deregistration; every subscription of the consumer ends with {@code why} at once. */
    void markDeleting(long nowMillis, long goneAtMillis, RuntimeException why) {
        this.deletingSinceMillis = nowMillis;
        this.goneAtMillis = goneAtMillis;
        for (ShardSubscription s : subscriptions.values()) {
            s.end(why);
        }
    }

    KinesisStream stream() {
        return stream;
    }

    String name() {
        return name;
    }

    String arn() {
        return arn;
    }

    /** The creation second as the ARN carries it, which AWS's messages call the creation timestamp. */
    long arnSeconds() {
        return arnSeconds;
    }

    Consumer describe(long nowMillis) {
        return new Consumer(name, arn, status(nowMillis), Instant.ofEpochMilli(createdMillis));
    }

    ConsumerDescription describeFully(long nowMillis) {
        return new ConsumerDescription(name, arn, status(nowMillis), Instant.ofEpochMilli(createdMillis),
                stream.arn());
    }
}
