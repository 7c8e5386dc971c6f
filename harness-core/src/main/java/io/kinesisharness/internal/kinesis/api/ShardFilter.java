package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

public record ShardFilter(
        @JsonProperty("Type") String type,
        @JsonProperty("ShardId") String shardId,
        @JsonProperty("Timestamp") Instant timestamp) {
}
