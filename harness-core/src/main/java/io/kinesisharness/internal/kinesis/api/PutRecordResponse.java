package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record PutRecordResponse(
        @JsonProperty("ShardId") String shardId,
        @JsonProperty("SequenceNumber") String sequenceNumber,
        @JsonProperty("EncryptionType") String encryptionType) {
}
