package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record RegisterStreamConsumerRequest(
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("ConsumerName") String consumerName) implements Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("streamARN", streamArn);
        Shapes.streamArn(v, "streamARN", streamArn);
        v.notNull("consumerName", consumerName);
        ConsumerShapes.consumerName(v, "consumerName", consumerName);
    }
}
