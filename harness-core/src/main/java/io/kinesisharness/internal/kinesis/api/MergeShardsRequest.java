package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record MergeShardsRequest(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("ShardToMerge") String shardToMerge,
        @JsonProperty("AdjacentShardToMerge") String adjacentShardToMerge,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("shardToMerge", shardToMerge);
        Shapes.shardId(v, "shardToMerge", shardToMerge);
        v.notNull("adjacentShardToMerge", adjacentShardToMerge);
        Shapes.shardId(v, "adjacentShardToMerge", adjacentShardToMerge);
        Shapes.streamName(v, "streamName", streamName);
        Shapes.streamArn(v, "streamARN", streamArn);
    }
}
