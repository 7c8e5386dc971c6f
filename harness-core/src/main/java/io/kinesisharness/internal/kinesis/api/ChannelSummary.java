package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

public record ChannelSummary(
        @JsonProperty("ChannelName") String channelName,
        @JsonProperty("ChannelARN") String channelArn,
        @JsonProperty("ChannelId") String channelId,
        @JsonProperty("ChannelStatus") String channelStatus,
        @JsonProperty("ChannelStatusReason") String channelStatusReason,
        @JsonProperty("ChannelCreationTimestamp") Instant channelCreationTimestamp,
        @JsonProperty("ChannelDestinationType") String channelDestinationType,
        @JsonProperty("Streams") List<ChannelStreamIdentifier> streams) {}
