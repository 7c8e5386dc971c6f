package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record MinimumThroughputBillingCommitmentInput(
        @JsonProperty("Status") String status) {}
