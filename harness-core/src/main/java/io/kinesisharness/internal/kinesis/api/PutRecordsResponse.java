package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record PutRecordsResponse(
        @JsonProperty("FailedRecordCount") int failedRecordCount,
        @JsonProperty("Records") List<PutRecordsResultEntry> records,
        @JsonProperty("EncryptionType") String encryptionType) {
}
