package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record DescribeLimitsResponse(
        @JsonProperty("ShardLimit") int shardLimit,
        @JsonProperty("OpenShardCount") int openShardCount,
        @JsonProperty("OnDemandStreamCount") int onDemandStreamCount,
        @JsonProperty("OnDemandStreamCountLimit") int onDemandStreamCountLimit,
        @JsonProperty("ChannelCount") Integer channelCount,
        @JsonProperty("ChannelCountLimit") Integer channelCountLimit) {}
