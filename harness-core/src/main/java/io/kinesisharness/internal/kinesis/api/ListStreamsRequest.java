package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record ListStreamsRequest(
        @JsonProperty("Limit") Integer limit,
        @JsonProperty("ExclusiveStartStreamName") String exclusiveStartStreamName,
        @JsonProperty("NextToken") String nextToken) implements Validated {

    @Override
    public void validate(Validator v) {
        v.range("limit", limit, 1, 10000);
        Shapes.streamName(v, "exclusiveStartStreamName", exclusiveStartStreamName);
        v.length("nextToken", nextToken, 1, 1048576);
    }
}
