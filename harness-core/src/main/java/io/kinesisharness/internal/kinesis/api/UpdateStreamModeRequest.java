package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record UpdateStreamModeRequest(
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId,
        @JsonProperty("StreamModeDetails") StreamModeDetails streamModeDetails,
        @JsonProperty("WarmThroughputMiBps") Integer warmThroughputMiBps) implements Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("streamARN", streamArn);
        Shapes.streamArn(v, "streamARN", streamArn);
        v.notNull("streamModeDetails", streamModeDetails);
        Shapes.streamModeDetails(v, "streamModeDetails", streamModeDetails);
        v.range("warmThroughputMiBps", warmThroughputMiBps, 0, Integer.MAX_VALUE);
    }
}
