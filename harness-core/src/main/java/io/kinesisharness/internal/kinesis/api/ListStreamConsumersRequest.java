package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;

public record ListStreamConsumersRequest(
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("StreamCreationTimestamp") Instant streamCreationTimestamp) implements Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("streamARN", streamArn);
        Shapes.streamArn(v, "streamARN", streamArn);
        v.length("nextToken", nextToken, 1, 1048576);
        v.range("maxResults", maxResults, 1, 10000);
    }
}
