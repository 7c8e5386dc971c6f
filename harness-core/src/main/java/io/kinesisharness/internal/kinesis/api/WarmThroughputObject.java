package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record WarmThroughputObject(
        @JsonProperty("TargetMiBps") Integer targetMiBps,
        @JsonProperty("CurrentMiBps") Integer currentMiBps) {}
