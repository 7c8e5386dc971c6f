package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record SubscribeToShardRequest(
        @JsonProperty("ConsumerARN") String consumerArn,
        @JsonProperty("ShardId") String shardId,
        @JsonProperty("StartingPosition") StartingPosition startingPosition,
        @JsonProperty("StreamId") String streamId) implements Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("consumerARN", consumerArn);
        ConsumerShapes.consumerArn(v, "consumerARN", consumerArn);
        v.notNull("shardId", shardId);
        Shapes.shardId(v, "shardId", shardId);
        v.notNull("startingPosition", startingPosition);
        if (startingPosition != null) {
            v.notNull("startingPosition.type", startingPosition.type())
                    .oneOf("startingPosition.type", startingPosition.type(), Shapes.SHARD_ITERATOR_TYPES);
            v.pattern("startingPosition.sequenceNumber", startingPosition.sequenceNumber(), Shapes.SEQUENCE_NUMBER);
        }
    }
}
