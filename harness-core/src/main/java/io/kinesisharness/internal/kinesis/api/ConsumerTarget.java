package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/**
 * The input of DescribeStreamConsumer and DeregisterStreamConsumer, which name a consumer the same way: by its
 * ARN, or by its stream's ARN and its name, or by all three if they agree.
 */
public record ConsumerTarget(
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("ConsumerName") String consumerName,
        @JsonProperty("ConsumerARN") String consumerArn) implements Validated {

    @Override
    public void validate(Validator v) {
        Shapes.streamArn(v, "streamARN", streamArn);
        ConsumerShapes.consumerName(v, "consumerName", consumerName);
        ConsumerShapes.consumerArn(v, "consumerARN", consumerArn);
    }
}
