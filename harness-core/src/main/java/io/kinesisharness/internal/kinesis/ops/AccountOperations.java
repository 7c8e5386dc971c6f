package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.dispatch.Empty;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.AccountSettingsResponse;
import io.kinesisharness.internal.kinesis.api.DescribeLimitsResponse;
import io.kinesisharness.internal.kinesis.api.UpdateAccountSettingsRequest;
import io.kinesisharness.internal.kinesis.model.BillingCommitment;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisRegion;
import io.kinesisharness.internal.kinesis.model.KinesisStream;

/** DescribeLimits and the account settings, per account and region. */
public final class AccountOperations {

    /** AWS's default quota of on-demand streams per account and region. */
    static final int ON_DEMAND_STREAM_LIMIT = 50;
    /** Channels per account and region (AWS's default; not on record, see README). */
    static final int CHANNEL_LIMIT = 20;

    private final KinesisEngine engine;

    public AccountOperations(KinesisEngine engine) {
        this.engine = engine;
    }

    public DescribeLimitsResponse describeLimits(RequestContext ctx, Empty in) {
        long now = engine.now();
        KinesisRegion region = engine.region(ctx.scope());
        return new DescribeLimitsResponse(engine.shardLimit(), region.openShardCount(now),
                onDemandStreams(region, now), ON_DEMAND_STREAM_LIMIT,
                ChannelOperations.liveChannels(engine, region, now).size(), CHANNEL_LIMIT);
    }

    public AccountSettingsResponse describeAccountSettings(RequestContext ctx, Empty in) {
        return new AccountSettingsResponse(engine.region(ctx.scope()).account().commitment().describe(engine.now()));
    }

    public AccountSettingsResponse updateAccountSettings(RequestContext ctx, UpdateAccountSettingsRequest in) {
        long now = engine.now();
        BillingCommitment commitment = engine.region(ctx.scope()).account().commitment();
        if ("ENABLED".equals(in.minimumThroughputBillingCommitment().status())) {
            commitment.enable(now);
        } else {
            commitment.disable(now);
        }
        return new AccountSettingsResponse(commitment.describe(now));
    }

    public static int onDemandStreams(KinesisRegion region, long now) {
        int n = 0;
        for (KinesisStream s : region.streams(now)) {
            if ("ON_DEMAND".equals(s.mode())) {
                n++;
            }
        }
        return n;
    }

    /** Creating or switching to an on-demand stream must stay within the account's quota. */
    public static void checkOnDemandStreamLimit(KinesisRegion region, long now) {
        if (onDemandStreams(region, now) >= ON_DEMAND_STREAM_LIMIT) {
            throw KinesisErrors.LIMIT_EXCEEDED.exception("This request would exceed the on-demand stream limit for the "
                    + "account " + region.scope().accountId() + " in " + region.scope().region()
                    + ". Current on-demand stream count for the account: " + onDemandStreams(region, now)
                    + ". Limit: " + ON_DEMAND_STREAM_LIMIT + ".");
        }
    }
}
