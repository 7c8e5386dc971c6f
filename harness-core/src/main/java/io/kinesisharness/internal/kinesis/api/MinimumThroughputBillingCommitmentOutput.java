package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

public record MinimumThroughputBillingCommitmentOutput(
        @JsonProperty("Status") String status,
        @JsonProperty("StartedAt") Instant startedAt,
        @JsonProperty("EndedAt") Instant endedAt,
        @JsonProperty("EarliestAllowedEndAt") Instant earliestAllowedEndAt) {}
