package io.kinesisharness.internal.kinesis.fanout;

import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.dispatch.StreamingAnswer;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.StartingPosition;
import io.kinesisharness.internal.kinesis.api.SubscribeToShardRequest;
import io.kinesisharness.internal.kinesis.model.ConsumerArn;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import io.kinesisharness.internal.kinesis.model.StartingPositions;
import io.kinesisharness.internal.kinesis.model.StreamConsumer;
import io.kinesisharness.internal.kinesis.model.StreamShard;
import io.kinesisharness.internal.kinesis.ops.ConsumerOperations;

/**
 * SubscribeToShard: every check that can refuse the call runs here, before any byte is streamed, so a refusal
 * is an ordinary HTTP error response (as AWS answers a consumer that is not ACTIVE or a shard already subscribed
 * to); then the subscription streams.
 */
public final class SubscribeOperation {

    /** AWS refuses a second subscription of a consumer to a shard this soon; later the new one takes over. */
    static final long TAKEOVER_AFTER_MILLIS = 5_000;

    private final KinesisEngine engine;
    private final ConsumerOperations consumers;

    public SubscribeOperation(KinesisEngine engine, ConsumerOperations consumers) {
        this.engine = engine;
        this.consumers = consumers;
    }

    public StreamingAnswer subscribe(RequestContext ctx, SubscribeToShardRequest in) {
        long now = engine.now();
        ConsumerArn arn = ConsumerArn.parse(in.consumerArn());
        KinesisStream stream = engine.find(new KinesisEngine.StreamRef(arn.scope(), arn.streamName()), now);
        if (stream == null) {
            throw KinesisEngine.notFound(arn.streamName(), arn.scope());
        }
        StreamConsumer consumer = consumers.byArn(in.consumerArn(), now);
        if (!consumer.status(now).equals("ACTIVE")) {
            // AWS's wording as users have reported it, odd spacing included.
            throw KinesisErrors.RESOURCE_IN_USE.exception("Consumer " + consumer.name() + " with creation timestamp "
                    + consumer.arnSeconds() + " under stream: " + stream.name() + " , account "
                    + stream.scope().accountId() + " is not in ACTIVE status.");
        }
        StreamShard shard = KinesisEngine.shard(stream, in.shardId());
        long ordinal = startingOrdinal(stream, shard, in.startingPosition(), now);
        ShardSubscription subscription = new ShardSubscription(engine, consumer, shard, ordinal, now);
        // Known to the engine before it can be taken over, so a reset never misses it.
        engine.subscriptions().add(subscription);
        try {
            claim(consumer, shard, subscription, now);
        } catch (RuntimeException e) {
            engine.subscriptions().remove(subscription);
            throw e;
        }
        return subscription;
    }

    /**
     * Makes the subscription the consumer's one for the shard. An existing one younger than five seconds wins
     * (ResourceInUseException, worded as users have reported it from AWS); an older one is taken over and ends
     * with that error.
     */
    private static void claim(StreamConsumer consumer, StreamShard shard, ShardSubscription subscription, long now) {
        while (true) {
            ShardSubscription current = consumer.subscriptions().putIfAbsent(shard.index(), subscription);
            if (current == null) {
                return;
            }
            RuntimeException inUse = KinesisErrors.RESOURCE_IN_USE.exception("Another active subscription exists for "
                    + "this consumer: " + shard.stream().scope().accountId() + ":" + shard.stream().name() + ":"
                    + shard.id() + ":" + consumer.name());
            if (now - current.startedMillis() < TAKEOVER_AFTER_MILLIS) {
                throw inUse;
            }
            if (consumer.subscriptions().replace(shard.index(), current, subscription)) {
                current.end(inUse);
                return;
            }
        }
    }

    /** Where in the shard the subscription starts, as GetShardIterator would place an iterator. */
    private static long startingOrdinal(KinesisStream stream, StreamShard shard, StartingPosition position,
            long now) {
        String type = position.type();
        boolean bySequence = type.equals("AT_SEQUENCE_NUMBER") || type.equals("AFTER_SEQUENCE_NUMBER");
        if (bySequence && position.sequenceNumber() == null) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("StartingPosition of type " + type
                    + " requires a SequenceNumber.");
        }
        if (type.equals("AT_TIMESTAMP") && position.timestamp() == null) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("StartingPosition of type AT_TIMESTAMP requires a Timestamp.");
        }
        return StartingPositions.ordinal(stream, shard, type, position.sequenceNumber(), position.timestamp(), now,
                "SubscribeToShard");
    }
}
