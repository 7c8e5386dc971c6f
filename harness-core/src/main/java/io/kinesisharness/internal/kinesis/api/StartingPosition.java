package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

public record StartingPosition(
        @JsonProperty("Type") String type,
        @JsonProperty("SequenceNumber") String sequenceNumber,
        @JsonProperty("Timestamp") Instant timestamp) {
}
