package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.dispatch.Empty;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.CreateStreamRequest;
import io.kinesisharness.internal.kinesis.api.UpdateMaxRecordSizeRequest;
import io.kinesisharness.internal.kinesis.api.UpdateStreamModeRequest;
import io.kinesisharness.internal.kinesis.api.UpdateStreamRecordDistributionStrategyRequest;
import io.kinesisharness.internal.kinesis.api.UpdateStreamWarmThroughputRequest;
import io.kinesisharness.internal.kinesis.api.UpdateStreamWarmThroughputResponse;
import io.kinesisharness.internal.kinesis.api.WarmThroughputObject;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisRegion;
import io.kinesisharness.internal.kinesis.model.KinesisStream;

/** Capacity mode, record distribution, warm throughput and maximum record size of a stream. */
public final class StreamSettingsOperations {

    /** AWS's ceiling for an on-demand stream's warm throughput: 10 GiB/s. */
    static final int MAX_WARM_MIBPS = 10_240;
    private static final String DEFAULT_DISTRIBUTION = "USER_PARTITION_KEY";

    private final KinesisEngine engine;

    public StreamSettingsOperations(KinesisEngine engine) {
        this.engine = engine;
    }

    public Empty updateStreamMode(RequestContext ctx, UpdateStreamModeRequest in) {
        long now = engine.now();
        KinesisStream stream = engine.stream(ctx.scope(), null, in.streamArn(), now);
        ReshardOperations.requireActive(stream, now);
        String mode = in.streamModeDetails().streamMode();
        if (mode.equals(stream.mode())) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Stream " + stream.name() + " under account "
                    + stream.scope().accountId() + " is already in " + mode + " mode.");
        }
        boolean onDemand = "ON_DEMAND".equals(mode);
        Integer warm = positive(in.warmThroughputMiBps());
        if (!onDemand && warm != null) {
            throw KinesisErrors.INVALID_ARGUMENT.exception(
                    "WarmThroughputMiBps is only valid when updating the stream mode to ON_DEMAND.");
        }
        KinesisRegion region = engine.region(stream.scope());
        if (onDemand) {
            AccountOperations.checkOnDemandStreamLimit(region, now);
            checkWarmThroughput(warm, region, now);
        }
        engine.throttling().dailyQuota(stream, stream.attributes().modeSwitches(), now);
        stream.beginUpdate(now, now + engine.updateDelay().toMillis(), at -> {
            stream.mode(mode);
            stream.attributes().recordDistributionStrategy(onDemand ? DEFAULT_DISTRIBUTION : null);
            stream.attributes().warmTarget(warm);
            stream.attributes().warmCurrent(warm);
        });
        return Empty.INSTANCE;
    }

    public Empty updateRecordDistributionStrategy(RequestContext ctx, UpdateStreamRecordDistributionStrategyRequest in) {
        long now = engine.now();
        KinesisStream stream = engine.stream(ctx.scope(), null, in.streamArn(), now);
        String strategy = in.recordDistributionStrategy();
        if (!"ON_DEMAND".equals(stream.mode())) {
            if ("AUTO".equals(strategy)) {
                throw autoOnProvisioned();
            }
            return Empty.INSTANCE;
        }
        // Takes effect at once, without an UPDATING period, as AWS documents.
        stream.attributes().recordDistributionStrategy(strategy);
        return Empty.INSTANCE;
    }

    public UpdateStreamWarmThroughputResponse updateStreamWarmThroughput(RequestContext ctx,
            UpdateStreamWarmThroughputRequest in) {
        long now = engine.now();
        KinesisStream stream = engine.stream(ctx.scope(), in, now);
        if (!"ON_DEMAND".equals(stream.mode())) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Warm throughput is only supported for streams in ON_DEMAND "
                    + "mode. Stream " + stream.name() + " under account " + stream.scope().accountId()
                    + " is in PROVISIONED mode.");
        }
        int target = in.warmThroughputMiBps();
        checkWarmThroughput(target, engine.region(stream.scope()), now);
        ReshardOperations.requireActive(stream, now);
        stream.attributes().warmTarget(target);
        stream.beginUpdate(now, now + engine.updateDelay().toMillis(), at -> stream.attributes().warmCurrent(target));
        // Current is what the stream handles now: the old value while UPDATING, the target once it is done.
        return new UpdateStreamWarmThroughputResponse(stream.arn(), stream.name(),
                new WarmThroughputObject(target, stream.attributes().warmCurrentMiBps()));
    }

    public Empty updateMaxRecordSize(RequestContext ctx, UpdateMaxRecordSizeRequest in) {
        long now = engine.now();
        KinesisStream stream = engine.stream(ctx.scope(), null, in.streamArn(), now);
        ReshardOperations.requireActive(stream, now);
        int kib = in.maxRecordSizeInKiB();
        stream.beginUpdate(now, now + engine.updateDelay().toMillis(), at -> stream.maxRecordSizeKiB(kib));
        return Empty.INSTANCE;
    }

    /** CreateStream's options that only on-demand streams take, checked before anything is created. */
    public static void checkCreateOptions(CreateStreamRequest in, boolean onDemand, KinesisRegion region, long now) {
        if (!onDemand && "AUTO".equals(in.recordDistributionStrategy())) {
            throw autoOnProvisioned();
        }
        Integer warm = positive(in.warmThroughputMiBps());
        if (!onDemand && warm != null) {
            throw KinesisErrors.INVALID_ARGUMENT.exception(
                    "WarmThroughputMiBps is only supported for streams in ON_DEMAND mode.");
        }
        if (onDemand) {
            checkWarmThroughput(warm, region, now);
        }
    }

    public static void applyCreateOptions(KinesisStream stream, CreateStreamRequest in, boolean onDemand) {
        if (onDemand) {
            stream.attributes().recordDistributionStrategy(in.recordDistributionStrategy() == null
                    ? DEFAULT_DISTRIBUTION : in.recordDistributionStrategy());
            Integer warm = positive(in.warmThroughputMiBps());
            stream.attributes().warmTarget(warm);
            stream.attributes().warmCurrent(warm);
        }
    }

    /** DescribeStreamSummary's WarmThroughput: absent until a warm throughput was set. */
    public static WarmThroughputObject warmThroughput(KinesisStream stream) {
        Integer target = stream.attributes().warmTargetMiBps();
        return target == null ? null : new WarmThroughputObject(target, stream.attributes().warmCurrentMiBps());
    }

    private static void checkWarmThroughput(Integer mibps, KinesisRegion region, long now) {
        if (mibps == null) {
            return;
        }
        if (!region.account().commitment().active(now)) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Warm throughput requires MinimumThroughputBillingCommitment "
                    + "to be enabled for the account " + region.scope().accountId() + ".");
        }
        if (mibps > MAX_WARM_MIBPS) {
            throw KinesisErrors.LIMIT_EXCEEDED.exception("Requested warm throughput of " + mibps + " MiBps exceeds the "
                    + "limit of " + MAX_WARM_MIBPS + " MiBps for an on-demand stream.");
        }
    }

    private static Integer positive(Integer value) {
        return value == null || value == 0 ? null : value;
    }

    private static RuntimeException autoOnProvisioned() {
        return KinesisErrors.INVALID_ARGUMENT.exception(
                "RecordDistributionStrategy AUTO is only supported for streams in ON_DEMAND mode.");
    }
}
