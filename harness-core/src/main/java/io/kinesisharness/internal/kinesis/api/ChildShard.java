package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record ChildShard(
        @JsonProperty("ShardId") String shardId,
        @JsonProperty("ParentShards") List<String> parentShards,
        @JsonProperty("HashKeyRange") HashKeyRange hashKeyRange) {
}
