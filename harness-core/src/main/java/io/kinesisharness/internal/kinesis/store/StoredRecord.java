package io.kinesisharness.internal.kinesis.store;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.kinesisharness.internal.kinesis.api.RecordView;
import io.kinesisharness.internal.kinesis.api.SequenceNumberText;
import io.kinesisharness.internal.kinesis.api.StoredRecordSerializer;
import io.kinesisharness.internal.kinesis.model.SequenceNumbers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A read-only view of one stored record: where its bytes lie in its {@link LogSegment}'s memory. Made on
 * demand and short-lived; the writer never changes bytes a view points at. Only views from a read
 * ({@link ReadRecords}, which holds the memory) can read bytes; views from appends carry no memory.
 */
@JsonSerialize(using = StoredRecordSerializer.class)
public final class StoredRecord implements RecordView, SequenceNumberText {

    private final long ordinal;
    private final long arrivalMillis;
    private final SegmentMemory buffer;
    private final int offset;
    private final int dataLength;
    private final int keyLength;
    private final SequenceNumbers.Prefix sequencePrefix;
    private final String encryptionType;

    public StoredRecord(long ordinal, long arrivalMillis, SegmentMemory buffer, int offset, int dataLength, int keyLength,
            SequenceNumbers.Prefix sequencePrefix, String encryptionType) {
        this.ordinal = ordinal;
        this.arrivalMillis = arrivalMillis;
        this.buffer = buffer;
        this.offset = offset;
        this.dataLength = dataLength;
        this.keyLength = keyLength;
        this.sequencePrefix = sequencePrefix;
        this.encryptionType = encryptionType;
    }

    /** Bytes that count against GetRecords' 10 MiB and the throughput limits: data plus UTF-8 partition key. */
    public int size() {
        return dataLength + keyLength;
    }

    /** Writes the sequence number into a buffer of 56 chars without making a String. */
    @Override
    public void sequenceNumberInto(char[] into) {
        sequencePrefix.formatInto(into, arrivalMillis, ordinal);
    }

    /** Copies data and then the UTF-8 partition key ({@link #size()} bytes, contiguous) into {@code into} at 0. */
    public void copyInto(byte[] into) {
        readable().get(offset, into, 0, dataLength + keyLength);
    }

    /** The memory this view reads from; null for a view from an append. */
    public SegmentMemory memory() {
        return buffer;
    }

    private SegmentMemory readable() {
        if (buffer == null) {
            throw new IllegalStateException("This view of record " + ordinal + " carries no bytes");
        }
        return buffer;
    }

    public int dataLength() {
        return dataLength;
    }

    public int keyLength() {
        return keyLength;
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
        byte[] data = new byte[dataLength];
        readable().get(offset, data, 0, dataLength);
        return data;
    }

    @Override
    public String partitionKey() {
        byte[] key = new byte[keyLength];
        readable().get(offset + dataLength, key, 0, keyLength);
        return new String(key, StandardCharsets.UTF_8);
    }

    @Override
    public String encryptionType() {
        return encryptionType;
    }

    public long arrivalMillis() {
        return arrivalMillis;
    }

    public long ordinal() {

        return ordinal;

    }
}
