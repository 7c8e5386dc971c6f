package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The output of DescribeAccountSettings and UpdateAccountSettings, which share one shape. */
public record AccountSettingsResponse(
        @JsonProperty("MinimumThroughputBillingCommitment") MinimumThroughputBillingCommitmentOutput minimumThroughputBillingCommitment) {}
