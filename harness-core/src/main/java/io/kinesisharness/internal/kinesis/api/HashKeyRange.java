package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record HashKeyRange(
        @JsonProperty("StartingHashKey") String startingHashKey,
        @JsonProperty("EndingHashKey") String endingHashKey) {
}
