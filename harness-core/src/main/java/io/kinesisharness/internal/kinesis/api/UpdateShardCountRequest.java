package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record UpdateShardCountRequest(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("TargetShardCount") Integer targetShardCount,
        @JsonProperty("ScalingType") String scalingType,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("scalingType", scalingType).oneOf("scalingType", scalingType, Shapes.SCALING_TYPES);
        Shapes.streamName(v, "streamName", streamName);
        v.notNull("targetShardCount", targetShardCount).range("targetShardCount", targetShardCount, 1, Integer.MAX_VALUE);
        Shapes.streamArn(v, "streamARN", streamArn);
    }
}
