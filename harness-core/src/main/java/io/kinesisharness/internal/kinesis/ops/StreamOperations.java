package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.common.ResourceTags;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.Empty;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.CreateStreamRequest;
import io.kinesisharness.internal.kinesis.api.DeleteStreamRequest;
import io.kinesisharness.internal.kinesis.api.RetentionPeriodRequest;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisRegion;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import io.kinesisharness.internal.kinesis.model.StreamStatus;
import java.util.ArrayList;
import java.util.List;

/** CreateStream, DeleteStream and the retention period. */
public final class StreamOperations {

    static final int ON_DEMAND_INITIAL_SHARDS = 4;
    static final int DEFAULT_SHARDS = 4;
    private static final int MIN_RETENTION_HOURS = 24;
    private static final int MAX_RETENTION_HOURS = 8760;

    private final KinesisEngine engine;

    public StreamOperations(KinesisEngine engine) {
        this.engine = engine;
    }

    public Empty createStream(RequestContext ctx, CreateStreamRequest in) {
        return createStream(ctx.scope(), in);
    }

    public Empty createStream(Scope scope, CreateStreamRequest in) {
        long now = engine.now();
        String mode = in.streamModeDetails() == null ? "PROVISIONED" : in.streamModeDetails().streamMode();
        boolean onDemand = "ON_DEMAND".equals(mode);
        int shards;
        if (onDemand) {
            if (in.shardCount() != null) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("ShardCount is not expected when StreamMode=ON_DEMAND");
            }
            shards = ON_DEMAND_INITIAL_SHARDS;
        } else {
            // AWS creates 4 shards when a provisioned CreateStream names no ShardCount.
            shards = in.shardCount() == null ? DEFAULT_SHARDS : in.shardCount();
        }
        KinesisRegion region = engine.region(scope);
        StreamSettingsOperations.checkCreateOptions(in, onDemand, region, now);
        if (in.tags() != null) {
            List<String> texts = new ArrayList<>(in.tags().keySet());
            texts.addAll(in.tags().values());
            TagRules.checkCharacters(texts, "add tags to", in.streamName(), scope.accountId());
            if (in.tags().size() > ResourceTags.MAX_TAGS) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("Failed to add tags to stream " + in.streamName()
                        + " under account " + scope.accountId() + " because a given stream cannot have more than "
                        + ResourceTags.MAX_TAGS + " tags associated with it.");
            }
        }
        synchronized (region) {
            if (region.find(in.streamName(), now) != null) {
                throw KinesisErrors.streamExists(in.streamName(), scope);
            }
            int open = region.openShardCount(now);
            if (open + shards > engine.shardLimit()) {
                throw KinesisErrors.LIMIT_EXCEEDED.exception(shardLimitMessage(scope, open, engine.shardLimit(), shards));
            }
            if (onDemand) {
                AccountOperations.checkOnDemandStreamLimit(region, now);
            }
            KinesisStream stream = new KinesisStream(scope, in.streamName(), region.nextIncarnation(now), now,
                    now + engine.createDelay().toMillis(), mode);
            if (in.maxRecordSizeInKiB() != null) {
                stream.maxRecordSizeKiB(in.maxRecordSizeInKiB());
            }
            StreamSettingsOperations.applyCreateOptions(stream, in, onDemand);
            if (in.tags() != null) {
                stream.attributes().tags().putAll(in.tags());
            }
            stream.createInitialShards(shards);
            region.putIfAbsent(stream);
        }
        return Empty.INSTANCE;
    }

    /** AWS's wording when a change would take an account over its shard limit. */
    public static String shardLimitMessage(Scope scope, int open, int limit, int added) {
        return "This request would exceed the shard limit for the account " + scope.accountId() + " in "
                + scope.region() + ". Current shard count for the account: " + open + ". Limit: " + limit
                + ". Number of additional shards that would have resulted from this request: " + added + ". Refer to "
                + "the AWS Service Limits page (http://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html) "
                + "for current limits and how to request higher limits.";
    }

    public Empty deleteStream(RequestContext ctx, DeleteStreamRequest in) {
        long now = engine.now();
        KinesisStream stream = engine.stream(ctx.scope(), in, now);
        if (stream.status(now) == StreamStatus.DELETING) {
            // AWS accepts a repeated delete while the first one is in progress.
            return Empty.INSTANCE;
        }
        if (!Boolean.TRUE.equals(in.enforceConsumerDeletion()) && stream.consumers().count(now) > 0) {
            // AWS's wording as users have reported it, typographic apostrophe included.
            throw KinesisErrors.RESOURCE_IN_USE.exception("DeleteStream can\u2019t delete "
                    + stream.scope().accountId() + ":" + stream.name() + " because there are consumers associated with this data stream. To delete "
                    + stream.name() + " anyway, set the EnforceConsumerDeletion parameter to true to force the "
                    + "deletion of all the consumers that are associated with it.");
        }
        stream.markDeleting(now, now + engine.deleteDelay().toMillis());
        stream.consumers().removeAll(now, KinesisEngine.notFound(stream.name(), stream.scope()));
        if (stream.isGone(now)) {
            // Deleted at once (no delay configured): its memory goes now, not at the next lookup of the name.
            engine.region(stream.scope()).purge(stream);
        }
        return Empty.INSTANCE;
    }

    public Empty increaseRetention(RequestContext ctx, RetentionPeriodRequest in) {
        long now = engine.now();
        KinesisStream stream = engine.activeStream(ctx.scope(), in, now);
        int hours = checkRetentionBounds(in.retentionPeriodHours());
        synchronized (stream) {
            if (hours < stream.retentionHours()) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("Requested retention period (" + hours + " hours) for stream "
                        + stream.name() + " can not be shorter than existing retention period ("
                        + stream.retentionHours() + " hours). Use DecreaseRetentionPeriod API.");
            }
            stream.retentionHours(hours, now);
        }
        return Empty.INSTANCE;
    }

    public Empty decreaseRetention(RequestContext ctx, RetentionPeriodRequest in) {
        long now = engine.now();
        KinesisStream stream = engine.activeStream(ctx.scope(), in, now);
        int hours = checkRetentionBounds(in.retentionPeriodHours());
        synchronized (stream) {
            if (hours > stream.retentionHours()) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("Requested retention period (" + hours + " hours) for stream "
                        + stream.name() + " can not be longer than existing retention period ("
                        + stream.retentionHours() + " hours). Use IncreaseRetentionPeriod API.");
            }
            stream.retentionHours(hours, now);
        }
        return Empty.INSTANCE;
    }

    private static int checkRetentionBounds(int hours) {
        if (hours < MIN_RETENTION_HOURS) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Minimum allowed retention period is " + MIN_RETENTION_HOURS
                    + " hours. Requested retention period (" + hours + " hours) is too short.");
        }
        if (hours > MAX_RETENTION_HOURS) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Maximum allowed retention period is " + MAX_RETENTION_HOURS
                    + " hours. Requested retention period (" + hours + " hours) is too long.");
        }
        return hours;
    }
}
