package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record UpdateStreamWarmThroughputRequest(
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("StreamId") String streamId,
        @JsonProperty("WarmThroughputMiBps") Integer warmThroughputMiBps) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        Shapes.streamArn(v, "streamARN", streamArn);
        Shapes.streamName(v, "streamName", streamName);
        v.notNull("warmThroughputMiBps", warmThroughputMiBps)
                .range("warmThroughputMiBps", warmThroughputMiBps, 0, Integer.MAX_VALUE);
    }
}
