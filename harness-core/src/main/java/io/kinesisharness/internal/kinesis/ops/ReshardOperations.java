package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.Empty;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.errors.CommonErrors;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.MergeShardsRequest;
import io.kinesisharness.internal.kinesis.api.SplitShardRequest;
import io.kinesisharness.internal.kinesis.api.StreamTarget;
import io.kinesisharness.internal.kinesis.api.UpdateShardCountRequest;
import io.kinesisharness.internal.kinesis.api.UpdateShardCountResponse;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisRegion;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import io.kinesisharness.internal.kinesis.model.Resharding;
import io.kinesisharness.internal.kinesis.model.StreamShard;
import io.kinesisharness.internal.kinesis.model.StreamStatus;
import java.math.BigInteger;

/**
 * SplitShard, MergeShards and UpdateShardCount. Each checks in the order AWS does, marks the stream UPDATING
 * for the configured update delay, and changes the shards when that ends (at once with no delay).
 */
public final class ReshardOperations {

    /** AWS's default maximum of open shards in one stream. */
    static final int MAX_SHARDS_PER_STREAM = 10_000;

    private final KinesisEngine engine;

    public ReshardOperations(KinesisEngine engine) {
        this.engine = engine;
    }

    public Empty splitShard(RequestContext ctx, SplitShardRequest in) {
        long now = engine.now();
        KinesisEngine.StreamRef ref = engine.ref(ctx.scope(), in.streamName(), in.streamArn());
        int index = parseShardId(in.shardToSplit(), ref);
        KinesisStream stream = provisioned(ctx.scope(), in, now);
        StreamShard parent = existingOpenShard(stream, index);
        KinesisRegion region = engine.region(stream.scope());
        int open = region.openShardCount(now);
        if (open + 1 > engine.shardLimit()) {
            throw KinesisErrors.LIMIT_EXCEEDED.exception(StreamOperations.shardLimitMessage(stream.scope(), open,
                    engine.shardLimit(), 1));
        }
        BigInteger key = new BigInteger(in.newStartingHashKey());
        if (key.compareTo(parent.startingHashKey().add(BigInteger.ONE)) <= 0
                || key.compareTo(parent.endingHashKey()) >= 0) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("NewStartingHashKey " + in.newStartingHashKey() + " used in "
                    + "SplitShard() on shard " + parent.id() + " in stream " + stream.name() + " under account "
                    + stream.scope().accountId() + " is not both greater than one plus the shard's StartingHashKey "
                    + parent.startingHashKey() + " and less than the shard's EndingHashKey "
                    + parent.endingHashKey() + ".");
        }
        requireActive(stream, now);
        update(stream, now, at -> Resharding.split(stream, parent, key, at));
        return Empty.INSTANCE;
    }

    public Empty mergeShards(RequestContext ctx, MergeShardsRequest in) {
        long now = engine.now();
        KinesisEngine.StreamRef ref = engine.ref(ctx.scope(), in.streamName(), in.streamArn());
        int first = parseShardId(in.shardToMerge(), ref);
        int second = parseShardId(in.adjacentShardToMerge(), ref);
        KinesisStream stream = provisioned(ctx.scope(), in, now);
        StreamShard lower = existingOpenShard(stream, first);
        StreamShard upper = existingOpenShard(stream, second);
        if (!lower.endingHashKey().add(BigInteger.ONE).equals(upper.startingHashKey())) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Shards " + lower.id() + " and " + upper.id() + " in stream "
                    + stream.name() + " under account " + stream.scope().accountId()
                    + " are not an adjacent pair of shards eligible for merging");
        }
        requireActive(stream, now);
        update(stream, now, at -> Resharding.merge(stream, lower, upper, at));
        return Empty.INSTANCE;
    }

    public UpdateShardCountResponse updateShardCount(RequestContext ctx, UpdateShardCountRequest in) {
        long now = engine.now();
        KinesisStream stream = provisioned(ctx.scope(), in, now);
        requireActive(stream, now);
        int current = stream.openShards().size();
        int target = in.targetShardCount();
        if (target > 2 * current) {
            throw KinesisErrors.LIMIT_EXCEEDED.exception("UpdateShardCount cannot scale up over double your current open "
                    + "shard count. Current open shard count: " + current + ", Target shard count: " + target);
        }
        if (2 * target < current) {
            throw KinesisErrors.LIMIT_EXCEEDED.exception("UpdateShardCount cannot scale down below half your current open "
                    + "shard count. Current open shard count: " + current + ", Target shard count: " + target);
        }
        int accountOpen = engine.region(stream.scope()).openShardCount(now);
        int limit = Math.min(MAX_SHARDS_PER_STREAM, engine.shardLimit() - (accountOpen - current));
        if (target > limit) {
            throw KinesisErrors.LIMIT_EXCEEDED.exception("Target shard count or number of open shards cannot be greater "
                    + "than " + Math.min(MAX_SHARDS_PER_STREAM, engine.shardLimit()) + ". Current open shard count: "
                    + current + ", Target shard count: " + target);
        }
        engine.throttling().dailyQuota(stream, stream.attributes().scalings(), now);
        update(stream, now, at -> Resharding.uniform(stream, target, at));
        return new UpdateShardCountResponse(stream.name(), current, target, stream.arn());
    }

    private void update(KinesisStream stream, long now, java.util.function.LongConsumer change) {
        stream.beginUpdate(now, now + engine.updateDelay().toMillis(), change);
    }

    /** The shard index an id names; AWS reports an id it cannot read before it looks the stream up. */
    private static int parseShardId(String shardId, KinesisEngine.StreamRef ref) {
        int index = StreamShard.indexOf(shardId);
        if (index < 0) {
            throw KinesisErrors.couldNotFindShard(shardId, ref.name(), ref.scope());
        }
        return index;
    }

    private KinesisStream provisioned(Scope caller, StreamTarget target, long now) {
        KinesisStream stream = engine.stream(caller, target, now);
        if ("ON_DEMAND".equals(stream.mode())) {
            throw onDemand(stream);
        }
        return stream;
    }

    /** AWS refuses provisioned-only operations on on-demand streams with this ValidationException. */
    public static RuntimeException onDemand(KinesisStream stream) {
        return CommonErrors.VALIDATION.exception("Request is invalid. Stream " + stream.name() + " under account "
                + stream.scope().accountId() + " is in On-Demand mode.");
    }

    private static StreamShard existingOpenShard(KinesisStream stream, int index) {
        StreamShard shard = stream.shard(index);
        if (shard == null) {
            throw KinesisErrors.couldNotFindShard(StreamShard.idOf(index), stream.name(), stream.scope());
        }
        if (!shard.isOpen()) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Shard " + shard.id() + " in stream " + stream.name()
                    + " under account " + stream.scope().accountId() + " has already been merged or split, and thus "
                    + "is not eligible for merging or splitting.");
        }
        return shard;
    }

    public static void requireActive(KinesisStream stream, long now) {
        StreamStatus status = stream.status(now);
        if (status != StreamStatus.ACTIVE) {
            throw KinesisErrors.streamNotActive(stream.name(), stream.scope(), status);
        }
    }
}
