package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record Tag(
        @JsonProperty("Key") String key,
        @JsonProperty("Value") String value) {}
