package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record UpdateShardCountResponse(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("CurrentShardCount") Integer currentShardCount,
        @JsonProperty("TargetShardCount") Integer targetShardCount,
        @JsonProperty("StreamARN") String streamArn) {}
