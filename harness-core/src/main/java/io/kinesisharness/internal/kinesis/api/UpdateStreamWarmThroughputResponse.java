package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record UpdateStreamWarmThroughputResponse(
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("WarmThroughput") WarmThroughputObject warmThroughput) {}
