package io.kinesisharness.internal.kinesis.limits;

import io.kinesisharness.internal.common.DailyQuota;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.common.TokenBucket;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.CreateStreamRequest;
import io.kinesisharness.internal.kinesis.api.StreamTarget;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import io.kinesisharness.internal.kinesis.model.StreamShard;
import io.kinesisharness.internal.kinesis.store.StoredRecord;

/**
 * AWS's limits on how fast a shard or an API may be used, enforced with token buckets on the harness clock
 * when the harness is configured with {@code --throttling true}; otherwise everything passes. Shard limits fail
 * with ProvisionedThroughputExceededException, API rates with LimitExceededException.
 */
public final class Throttling {

    private final boolean enabled;
    private final KinesisEngine engine;

    public Throttling(boolean enabled, KinesisEngine engine) {
        this.enabled = enabled;
        this.engine = engine;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Whether one record of {@code bytes} may be written to the shard now (and charges it if so). */
    public boolean admitWrite(KinesisStream stream, StreamShard shard, long bytes, long now) {
        return !enabled || stream.attributes().throughput().shard(shard, now).admitWrite(bytes, now);
    }

    public void admitRead(KinesisStream stream, StreamShard shard, long now) {
        if (enabled && !stream.attributes().throughput().shard(shard, now).admitRead(now)) {
            throw shardRateExceeded(stream, shard);
        }
    }

    public void chargeRead(KinesisStream stream, StreamShard shard, java.util.List<StoredRecord> read, long now) {
        if (enabled) {
            long bytes = 0;
            for (StoredRecord r : read) {
                bytes += r.size();
            }
            stream.attributes().throughput().shard(shard, now).chargeRead(bytes, now);
        }
    }

    public void admitIterator(KinesisStream stream, StreamShard shard, long now) {
        if (enabled && !stream.attributes().throughput().shard(shard, now).iteratorCalls.tryTake(1, now)) {
            throw shardRateExceeded(stream, shard);
        }
    }

    /** A per-stream rolling-day quota (reshards, key changes, mode switches). */
    public void dailyQuota(KinesisStream stream, DailyQuota quota, long now) {
        if (enabled && !quota.tryUse(now)) {
            throw streamRateExceeded(stream.name(), stream.scope());
        }
    }

    /**
     * The call rate of a control-plane operation, checked before its handler. A per-stream rate needs an existing
     * stream; when there is none the handler reports that instead.
     */
    public void controlPlane(String operation, Scope caller, Object input) {
        ControlPlaneRates.Rate rate = ControlPlaneRates.of(operation);
        if (!enabled || rate == null) {
            return;
        }
        long now = engine.now();
        KinesisEngine.StreamRef ref = streamNamed(caller, input);
        TokenBucket bucket;
        if (rate.perStream()) {
            KinesisStream stream = ref == null ? null : engine.find(ref, now);
            if (stream == null) {
                return;
            }
            bucket = stream.attributes().throughput().operation(operation, rate.perSecond(), now);
        } else {
            bucket = engine.region(caller).account().operation(operation, rate.perSecond(), now);
        }
        if (!bucket.tryTake(1, now)) {
            throw ref != null ? streamRateExceeded(ref.name(), ref.scope())
                    : KinesisErrors.LIMIT_EXCEEDED.exception("Rate exceeded for account " + caller.accountId() + ".");
        }
    }

    private KinesisEngine.StreamRef streamNamed(Scope caller, Object input) {
        if (input instanceof CreateStreamRequest c && c.streamName() != null) {
            return new KinesisEngine.StreamRef(caller, c.streamName());
        }
        if (input instanceof StreamTarget t && (t.streamName() != null || t.streamArn() != null)) {
            try {
                return engine.ref(caller, t.streamName(), t.streamArn());
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** AWS's wording for a shard over its throughput, used for whole calls and for PutRecords entries. */
    public static String shardRateMessage(KinesisStream stream, StreamShard shard) {
        return "Rate exceeded for shard " + shard.id() + " in stream " + stream.name() + " under account "
                + stream.scope().accountId() + ".";
    }

    public static RuntimeException shardRateExceeded(KinesisStream stream, StreamShard shard) {
        return KinesisErrors.PROVISIONED_THROUGHPUT_EXCEEDED.exception(shardRateMessage(stream, shard));
    }

    public static RuntimeException streamRateExceeded(String stream, Scope scope) {
        return KinesisErrors.LIMIT_EXCEEDED.exception("Rate exceeded for stream " + stream + " under account "
                + scope.accountId() + ".");
    }
}
