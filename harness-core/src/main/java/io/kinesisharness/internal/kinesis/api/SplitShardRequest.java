package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record SplitShardRequest(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("ShardToSplit") String shardToSplit,
        @JsonProperty("NewStartingHashKey") String newStartingHashKey,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("newStartingHashKey", newStartingHashKey).pattern("newStartingHashKey", newStartingHashKey, Shapes.HASH_KEY);
        Shapes.streamName(v, "streamName", streamName);
        v.notNull("shardToSplit", shardToSplit);
        Shapes.shardId(v, "shardToSplit", shardToSplit);
        Shapes.streamArn(v, "streamARN", streamArn);
    }
}
