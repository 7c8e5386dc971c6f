package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record ListTagsForStreamRequest(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("ExclusiveStartTagKey") String exclusiveStartTagKey,
        @JsonProperty("Limit") Integer limit,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        Shapes.streamName(v, "streamName", streamName);
        v.length("exclusiveStartTagKey", exclusiveStartTagKey, 1, 128);
        v.range("limit", limit, 1, 50);
        Shapes.streamArn(v, "streamARN", streamArn);
    }
}
