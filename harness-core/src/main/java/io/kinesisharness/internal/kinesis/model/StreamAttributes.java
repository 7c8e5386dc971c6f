package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.common.DailyQuota;
import io.kinesisharness.internal.common.ResourceTags;
import io.kinesisharness.internal.kinesis.limits.StreamThroughput;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stream's settings that only the control plane changes (monitoring, distribution, warm throughput) and the
 * per-stream state of tags, resource policy and throughput limits.
 */
public final class StreamAttributes {

    private final ResourceTags tags = new ResourceTags();
    final ResourcePolicy policy = new ResourcePolicy();
    private final StreamThroughput throughput = new StreamThroughput();
    /** Sliding windows for AWS's per-stream daily quotas (reshards, key changes, mode switches). */
    private final DailyQuota scalings = new DailyQuota(10);
    private final DailyQuota encryptionStarts = new DailyQuota(25);
    private final DailyQuota encryptionStops = new DailyQuota(25);
    private final DailyQuota modeSwitches = new DailyQuota(2);
    private volatile List<String> shardLevelMetrics = List.of();
    private volatile String recordDistributionStrategy;
    private volatile Integer warmTargetMiBps;
    private volatile Integer warmCurrentMiBps;
    /** Round-robin position for streams whose records the service distributes itself (AUTO). */
    private final AtomicLong autoRoute = new AtomicLong();

    public List<String> shardLevelMetrics() {
        return shardLevelMetrics;
    }

    public void shardLevelMetrics(List<String> metrics) {
        this.shardLevelMetrics = List.copyOf(metrics);
    }

    /** AUTO or USER_PARTITION_KEY on on-demand streams; null on provisioned ones, which have no such setting. */
    public String recordDistributionStrategy() {
        return recordDistributionStrategy;
    }

    public void recordDistributionStrategy(String strategy) {
        this.recordDistributionStrategy = strategy;
    }

    public boolean distributesAutomatically() {
        return "AUTO".equals(recordDistributionStrategy);
    }

    public long nextAutoRoute() {
        return autoRoute.getAndIncrement();
    }

    public Integer warmTargetMiBps() {
        return warmTargetMiBps;
    }

    public Integer warmCurrentMiBps() {
        return warmCurrentMiBps;
    }

    /** The target is reported at once; the current value reaches it when the update ends. */
    public void warmTarget(Integer target) {
        this.warmTargetMiBps = target;
    }

    public void warmCurrent(Integer current) {
        this.warmCurrentMiBps = current;
    }

    public StreamThroughput throughput() {
        return throughput;
    }

    public ResourceTags tags() {

        return tags;

    }

    public DailyQuota scalings() {
        return scalings;
    }

    public DailyQuota encryptionStops() {
        return encryptionStops;
    }

    public DailyQuota encryptionStarts() {
        return encryptionStarts;
    }

    public DailyQuota modeSwitches() {
        return modeSwitches;
    }
}
