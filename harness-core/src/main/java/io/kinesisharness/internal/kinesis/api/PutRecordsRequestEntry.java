package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record PutRecordsRequestEntry(
        @JsonProperty("Data") byte[] data,
        @JsonProperty("ExplicitHashKey") String explicitHashKey,
        @JsonProperty("PartitionKey") String partitionKey) {
}
