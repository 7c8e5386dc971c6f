package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;

public record GetShardIteratorRequest(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("ShardId") String shardId,
        @JsonProperty("ShardIteratorType") String shardIteratorType,
        @JsonProperty("StartingSequenceNumber") String startingSequenceNumber,
        @JsonProperty("Timestamp") Instant timestamp,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId,
        @JsonProperty("DryRun") Boolean dryRun) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("shardId", shardId);
        Shapes.shardId(v, "shardId", shardId);
        v.notNull("shardIteratorType", shardIteratorType)
                .oneOf("shardIteratorType", shardIteratorType, Shapes.SHARD_ITERATOR_TYPES);
        v.pattern("startingSequenceNumber", startingSequenceNumber, Shapes.SEQUENCE_NUMBER);
        Shapes.streamName(v, "streamName", streamName);
        Shapes.streamArn(v, "streamARN", streamArn);
    }
}
