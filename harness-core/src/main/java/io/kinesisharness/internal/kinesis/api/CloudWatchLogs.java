package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record CloudWatchLogs(
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("LogGroupName") String logGroupName,
        @JsonProperty("LogStreamName") String logStreamName) {}
