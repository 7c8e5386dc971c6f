package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.clock.ControlledClock;
import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.StreamTarget;
import io.kinesisharness.internal.kinesis.fanout.ShardSubscription;
import io.kinesisharness.internal.kinesis.limits.Throttling;
import io.kinesisharness.settings.KinesisSettings;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Kinesis Data Streams state for every account and region of one harness, and the lookups handlers share. */
public final class KinesisEngine {

    private final HarnessConfig config;
    private final ControlledClock clock;
    private final HarnessScheduler scheduler;
    private final ConcurrentMap<Scope, KinesisRegion> regions = new ConcurrentHashMap<>();
    private final Throttling throttling;
    private final ResourceLookup resources = new ResourceLookup(this);
    /** Every live SubscribeToShard subscription: a reset ends them along with the state they read. */
    private final Set<ShardSubscription> subscriptions = ConcurrentHashMap.newKeySet();

    public KinesisEngine(HarnessConfig config, HarnessScheduler scheduler) {
        this.config = config;
        this.scheduler = scheduler;
        this.clock = scheduler.clock();
        this.throttling = new Throttling(config.get(KinesisSettings.THROTTLING), this);
    }

    public Throttling throttling() {
        return throttling;
    }

    /** Finds taggable resources (streams; consumers once they register a resolver) by ARN. */
    public ResourceLookup resources() {
        return resources;
    }

    public void reset() {
        for (ShardSubscription s : subscriptions) {
            s.end(null);
        }
        regions.values().forEach(KinesisRegion::dropAll);
        regions.clear();
    }

    public long now() {
        return clock.nowMillis();
    }

    public HarnessConfig config() {
        return config;
    }

    public HarnessScheduler scheduler() {
        return scheduler;
    }

    public Duration createDelay() {
        return config.get(KinesisSettings.CREATE_STREAM_DELAY);
    }

    public Duration deleteDelay() {
        return config.get(KinesisSettings.DELETE_STREAM_DELAY);
    }

    public Duration updateDelay() {
        return config.get(KinesisSettings.UPDATE_STREAM_DELAY);
    }

    public int shardLimit() {
        return config.get(KinesisSettings.SHARD_LIMIT);
    }

    public KinesisRegion region(Scope scope) {
        return regions.computeIfAbsent(scope, KinesisRegion::new);
    }

    /** The stream a request names by StreamName or StreamARN, in any status; ResourceNotFound if none. */
    public KinesisStream stream(Scope caller, StreamTarget target, long nowMillis) {
        return stream(caller, target.streamName(), target.streamArn(), nowMillis);
    }

    public KinesisStream stream(Scope caller, String name, String arn, long nowMillis) {
        StreamRef ref = ref(caller, name, arn);
        KinesisStream s = find(ref, nowMillis);
        if (s == null) {
            throw notFound(ref.name(), ref.scope());
        }
        return s;
    }

    /** The stream a reference names if it exists now, or null (for operations that word that case themselves). */
    public KinesisStream find(StreamRef ref, long nowMillis) {
        return region(ref.scope()).find(ref.name(), nowMillis);
    }

    /** Which account, region and name a StreamName and/or StreamARN refer to. */
    public StreamRef ref(Scope caller, String name, String arn) {
        if (arn != null) {
            StreamArn parsed = StreamArn.parse(arn);
            if (name != null && !name.equals(parsed.name())) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("StreamARN " + arn + " and StreamName " + name
                        + " do not refer to the same stream.");
            }
            return new StreamRef(new Scope(parsed.accountId(), parsed.region()), parsed.name());
        }
        if (name == null) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Either StreamName or StreamARN should be provided.");
        }
        return new StreamRef(caller, name);
    }

    /** A stream as a request names it, whether or not it exists. */
    public record StreamRef(Scope scope, String name) {
    }

    /** Like {@link #stream} but the stream must accept writes and reads (ACTIVE or UPDATING). */
    public KinesisStream readyStream(Scope caller, StreamTarget target, long nowMillis) {
        KinesisStream s = stream(caller, target, nowMillis);
        StreamStatus status = s.status(nowMillis);
        if (status == StreamStatus.CREATING || status == StreamStatus.DELETING) {
            throw notFound(s.name(), s.scope());
        }
        return s;
    }

    /** Like {@link #stream} but the stream must be ACTIVE, as control-plane changes require. */
    public KinesisStream activeStream(Scope caller, StreamTarget target, long nowMillis) {
        KinesisStream s = stream(caller, target, nowMillis);
        StreamStatus status = s.status(nowMillis);
        if (status != StreamStatus.ACTIVE) {
            throw KinesisErrors.streamNotActive(s.name(), s.scope(), status);
        }
        return s;
    }

    public static RuntimeException notFound(String name, Scope scope) {
        return KinesisErrors.streamNotFound(name, scope);
    }

    /** A shard of a stream by id; ResourceNotFound worded as AWS words it. */
    public static StreamShard shard(KinesisStream stream, String shardId) {
        StreamShard shard = stream.shard(shardId);
        if (shard == null) {
            throw KinesisErrors.shardDoesNotExist(shardId, stream.name(), stream.scope());
        }
        return shard;
    }

    public Set<ShardSubscription> subscriptions() {
        return subscriptions;
    }
}
