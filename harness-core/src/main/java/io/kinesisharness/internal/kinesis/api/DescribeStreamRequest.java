package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record DescribeStreamRequest(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("Limit") Integer limit,
        @JsonProperty("ExclusiveStartShardId") String exclusiveStartShardId,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        v.range("limit", limit, 1, 10000);
        Shapes.shardId(v, "exclusiveStartShardId", exclusiveStartShardId);
        Shapes.streamName(v, "streamName", streamName);
        Shapes.streamArn(v, "streamARN", streamArn);
    }
}
