package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record RegisterStreamConsumerResponse(@JsonProperty("Consumer") Consumer consumer) {
}
