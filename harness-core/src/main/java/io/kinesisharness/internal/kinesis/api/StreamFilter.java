package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

public record StreamFilter(
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamCreationTimestamp") Instant streamCreationTimestamp) {}
