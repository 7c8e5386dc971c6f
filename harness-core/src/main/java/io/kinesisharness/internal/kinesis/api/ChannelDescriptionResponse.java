package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The output of CreateChannel, DescribeChannel and UpdateChannel. */
public record ChannelDescriptionResponse(
        @JsonProperty("ChannelDescription") ChannelDescription channelDescription) {}
