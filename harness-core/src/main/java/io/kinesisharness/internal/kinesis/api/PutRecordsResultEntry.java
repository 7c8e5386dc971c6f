package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record PutRecordsResultEntry(
        @JsonProperty("SequenceNumber") String sequenceNumber,
        @JsonProperty("ShardId") String shardId,
        @JsonProperty("ErrorCode") String errorCode,
        @JsonProperty("ErrorMessage") String errorMessage) {

    public static PutRecordsResultEntry ok(String sequenceNumber, String shardId) {
        return new PutRecordsResultEntry(sequenceNumber, shardId, null, null);
    }

    public static PutRecordsResultEntry failed(String code, String message) {
        return new PutRecordsResultEntry(null, null, code, message);
    }
}
