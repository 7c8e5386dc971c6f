package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record ChannelEncryptionConfiguration(
        @JsonProperty("EncryptionType") String encryptionType,
        @JsonProperty("KeyId") String keyId) {}
