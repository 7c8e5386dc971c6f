package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Also UpdateChannel's ChannelLoggingUpdateInput, which has the same members. */
public record ChannelLoggingConfiguration(
        @JsonProperty("CloudWatchLogs") CloudWatchLogs cloudWatchLogs) {}
