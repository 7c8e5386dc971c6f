package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record ListChannelsResponse(
        @JsonProperty("ChannelSummaries") List<ChannelSummary> channelSummaries,
        @JsonProperty("NextToken") String nextToken) {}
