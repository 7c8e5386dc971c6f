package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

public record ConsumerDescription(
        @JsonProperty("ConsumerName") String consumerName,
        @JsonProperty("ConsumerARN") String consumerArn,
        @JsonProperty("ConsumerStatus") String consumerStatus,
        @JsonProperty("ConsumerCreationTimestamp") Instant consumerCreationTimestamp,
        @JsonProperty("StreamARN") String streamArn) {
}
