package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record GetResourcePolicyResponse(
        @JsonProperty("Policy") String policy) {}
