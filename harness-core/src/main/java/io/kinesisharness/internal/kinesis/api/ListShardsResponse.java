package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record ListShardsResponse(
        @JsonProperty("Shards") List<Shard> shards,
        @JsonProperty("NextToken") String nextToken) {
}
