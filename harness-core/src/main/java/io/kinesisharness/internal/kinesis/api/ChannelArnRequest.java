package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** The input of DescribeChannel and DeleteChannel. */
public record ChannelArnRequest(
        @JsonProperty("ChannelARN") String channelArn) implements Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("channelARN", channelArn);
        Shapes.channelArn(v, "channelARN", channelArn);
    }
}
