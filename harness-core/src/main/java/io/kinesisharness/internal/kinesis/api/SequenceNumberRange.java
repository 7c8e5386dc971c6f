package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record SequenceNumberRange(
        @JsonProperty("StartingSequenceNumber") String startingSequenceNumber,
        @JsonProperty("EndingSequenceNumber") String endingSequenceNumber) {
}
