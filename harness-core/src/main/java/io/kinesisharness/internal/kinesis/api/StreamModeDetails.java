package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record StreamModeDetails(@JsonProperty("StreamMode") String streamMode) {
}
