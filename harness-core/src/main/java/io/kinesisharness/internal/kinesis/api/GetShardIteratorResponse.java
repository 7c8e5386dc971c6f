package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record GetShardIteratorResponse(@JsonProperty("ShardIterator") String shardIterator) {
}
