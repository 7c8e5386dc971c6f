package io.kinesisharness.internal.kinesis;

import io.kinesisharness.internal.common.DailyQuota;
import io.kinesisharness.internal.common.ResourceTags;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stream's settings that only the control plane changes (monitoring, distribution, warm throughput) and the
 * per-stream state of tags, resource policy and throughput limits.
 */
final class StreamAttributes {

    final ResourceTags tags = new ResourceTags();
    final ResourcePolicy policy = new ResourcePolicy();
    final StreamThroughput throughput = new StreamThroughput();
    /** Sliding windows for AWS's per-stream daily quotas (reshards, key changes, mode switches). */
    final DailyQuota scalings = new DailyQuota(10);
    final DailyQuota encryptionStarts = new DailyQuota(25);
    final DailyQuota encryptionStops = new DailyQuota(25);
    final DailyQuota modeSwitches = new DailyQuota(2);
    private volatile List<String> shardLevelMetrics = List.of();
    private volatile String recordDistributionStrategy;
    private volatile Integer warmTargetMiBps;
    private volatile Integer warmCurrentMiBps;
    /** Round-robin position for streams whose records the service distributes itself (AUTO). */
    private final AtomicLong autoRoute = new AtomicLong();

    List<String> shardLevelMetrics() {
        return shardLevelMetrics;
    }

    void shardLevelMetrics(List<String> metrics) {
        this.shardLevelMetrics = List.copyOf(metrics);
    }

    /** AUTO or USER_PARTITION_KEY on on-demand streams; null on provisioned ones, which have no such setting. */
    String recordDistributionStrategy() {
        return recordDistributionStrategy;
    }

    void recordDistributionStrategy(String strategy) {
        this.recordDistributionStrategy = strategy;
    }

    boolean distributesAutomatically() {
        return "AUTO".equals(recordDistributionStrategy);
    }

    long nextAutoRoute() {
        return autoRoute.getAndIncrement();
    }

    Integer warmTargetMiBps() {
        return warmTargetMiBps;
    }

    Integer warmCurrentMiBps() {
        return warmCurrentMiBps;
    }

    /** The target is reported at once; the current value reaches it when the update ends. */
    void warmTarget(Integer target) {
        this.warmTargetMiBps = target;
    }

    void warmCurrent(Integer current) {
        this.warmCurrentMiBps = current;
    }
}
