package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record Shard(
        @JsonProperty("ShardId") String shardId,
        @JsonProperty("ParentShardId") String parentShardId,
        @JsonProperty("AdjacentParentShardId") String adjacentParentShardId,
        @JsonProperty("HashKeyRange") HashKeyRange hashKeyRange,
        @JsonProperty("SequenceNumberRange") SequenceNumberRange sequenceNumberRange) {
}
