package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record PutRecordsRequestEntry(
        @JsonProperty("Data") byte[] data,
        @JsonProperty("ExplicitHashKey") String explicitHashKey,
        @JsonProperty("PartitionKey") String partitionKey) {

    /**
     * AWS lists the entries of an oversized Records member in its ValidationException by the default Java
     * toString of its own request type, so this prints the same way rather than dumping the record's fields.
     */
    @Override
    public String toString() {
        return "com.amazonaws.kinesis.v20131202.PutRecordsRequestEntry@"
                + Integer.toHexString(System.identityHashCode(this));
    }
}
