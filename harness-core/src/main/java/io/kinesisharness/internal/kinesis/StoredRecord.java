package io.kinesisharness.internal.kinesis;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.kinesisharness.internal.kinesis.api.RecordView;
import java.time.Instant;

/** A record as stored in a shard; immutable, shared by every reader without copying. */
@JsonSerialize(using = StoredRecordSerializer.class)
final class StoredRecord implements RecordView {

    final long ordinal;
    final long arrivalMillis;
    private final byte[] data;
    private final String partitionKey;
    private final SequenceNumbers.Prefix sequencePrefix;
    private final String encryptionType;

    StoredRecord(long ordinal, long arrivalMillis, byte[] data, String partitionKey,
            SequenceNumbers.Prefix sequencePrefix, String encryptionType) {
        this.ordinal = ordinal;
        this.arrivalMillis = arrivalMillis;
        this.data = data;
        this.partitionKey = partitionKey;
        this.sequencePrefix = sequencePrefix;
        this.encryptionType = encryptionType;
    }

    /** Bytes that count against GetRecords' 10 MiB and the throughput limits: data plus partition key. */
    int size() {
        return data.length + partitionKey.length();
    }

    /** Writes the sequence number into a buffer of 56 chars without making a String. */
    void sequenceNumberInto(char[] into) {
        sequencePrefix.formatInto(into, arrivalMillis, ordinal);
    }

    @Override
    public String sequenceNumber() {
        return sequencePrefix.format(arrivalMillis, ordinal);
    }

    @Override
    public Instant approximateArrivalTimestamp() {
        return Instant.ofEpochMilli(arrivalMillis);
    }

    @Override
    public byte[] data() {
        return data;
    }

    @Override
    public String partitionKey() {
        return partitionKey;
    }

    @Override
    public String encryptionType() {
        return encryptionType;
    }
}
