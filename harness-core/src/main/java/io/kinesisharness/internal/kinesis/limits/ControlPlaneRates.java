package io.kinesisharness.internal.kinesis.limits;

import java.util.Map;

/**
 * AWS's documented call rates of the control-plane operations, per account unless per stream. Operations AWS
 * documents no rate for are not limited.
 */
public final class ControlPlaneRates {

    public record Rate(long perSecond, boolean perStream) {
    }

    private static final Map<String, Rate> RATES = Map.ofEntries(
            Map.entry("CreateStream", account(5)),
            Map.entry("DeleteStream", account(5)),
            Map.entry("DescribeStream", account(10)),
            Map.entry("DescribeStreamSummary", account(20)),
            Map.entry("ListStreams", account(5)),
            Map.entry("ListShards", stream(1000)),
            Map.entry("SplitShard", account(5)),
            Map.entry("MergeShards", account(5)),
            Map.entry("UpdateShardCount", account(10)),
            Map.entry("AddTagsToStream", account(5)),
            Map.entry("RemoveTagsFromStream", account(5)),
            Map.entry("ListTagsForStream", account(5)),
            Map.entry("DescribeLimits", account(1)),
            Map.entry("DescribeAccountSettings", account(5)),
            Map.entry("UpdateAccountSettings", account(5)),
            Map.entry("UpdateStreamWarmThroughput", account(5)),
            Map.entry("CreateChannel", account(5)),
            Map.entry("DeleteChannel", account(5)),
            Map.entry("DescribeChannel", account(5)),
            Map.entry("ListChannels", account(5)),
            Map.entry("UpdateChannel", account(5)));

    private ControlPlaneRates() {
    }

    /** The rate of an operation, or null when it has none. */
    public static Rate of(String operation) {
        return RATES.get(operation);
    }

    private static Rate account(long perSecond) {
        return new Rate(perSecond, false);
    }

    private static Rate stream(long perSecond) {
        return new Rate(perSecond, true);
    }
}
