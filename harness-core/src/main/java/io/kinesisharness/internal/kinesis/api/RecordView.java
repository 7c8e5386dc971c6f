package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/** The Record shape as GetRecords and SubscribeToShard return it; stored records present themselves this way. */
@JsonPropertyOrder({"SequenceNumber", "ApproximateArrivalTimestamp", "Data", "PartitionKey", "EncryptionType"})
public interface RecordView {

    @JsonProperty("SequenceNumber")
    String sequenceNumber();

    @JsonProperty("ApproximateArrivalTimestamp")
    Instant approximateArrivalTimestamp();

    @JsonProperty("Data")
    byte[] data();

    @JsonProperty("PartitionKey")
    String partitionKey();

    @JsonProperty("EncryptionType")
    String encryptionType();
}
