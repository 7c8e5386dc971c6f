package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record DescribeStreamConsumerResponse(
        @JsonProperty("ConsumerDescription") ConsumerDescription consumerDescription) {
}
