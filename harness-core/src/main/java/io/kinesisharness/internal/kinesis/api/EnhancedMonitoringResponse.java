package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record EnhancedMonitoringResponse(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("CurrentShardLevelMetrics") List<String> currentShardLevelMetrics,
        @JsonProperty("DesiredShardLevelMetrics") List<String> desiredShardLevelMetrics,
        @JsonProperty("StreamARN") String streamArn) {}
