package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.kinesisharness.internal.common.ScratchBytes;
import io.kinesisharness.internal.kinesis.model.SequenceNumbers;
import io.kinesisharness.internal.kinesis.store.StoredRecord;
import io.kinesisharness.internal.protocol.awsjson.Timestamps;
import java.io.IOException;

/**
 * Writes a stored record as the Record shape without reflection: GetRecords sends up to 10,000 of them per
 * call, so this is the read path's inner loop.
 */
public final class StoredRecordSerializer extends StdSerializer<StoredRecord> {

    public StoredRecordSerializer() {
        super(StoredRecord.class);
    }

    // Field names encoded once; the generator copies their bytes instead of encoding the text every record.
    private static final SerializedString SEQUENCE_NUMBER = new SerializedString("SequenceNumber");
    private static final SerializedString ARRIVAL = new SerializedString("ApproximateArrivalTimestamp");
    private static final SerializedString DATA = new SerializedString("Data");
    private static final SerializedString PARTITION_KEY = new SerializedString("PartitionKey");
    private static final SerializedString ENCRYPTION_TYPE = new SerializedString("EncryptionType");
    /** One sequence-number buffer per writing thread: no String per record. */
    private static final ThreadLocal<char[]> SEQUENCE = ThreadLocal.withInitial(() -> new char[SequenceNumbers.LENGTH]);
    /** Stored bytes are outside the heap and Jackson writes from an array: one per thread, for records to 1 MiB. */
    private static final ScratchBytes BYTES = new ScratchBytes(16 * 1024, 1024 * 1024 + 1024);

    @Override
    public void serialize(StoredRecord r, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeFieldName(SEQUENCE_NUMBER);
        char[] sequence = SEQUENCE.get();
        r.sequenceNumberInto(sequence);
        g.writeString(sequence, 0, SequenceNumbers.LENGTH);
        g.writeFieldName(ARRIVAL);
        Timestamps.write(g, r.arrivalMillis());
        g.writeFieldName(DATA);
        byte[] bytes = BYTES.atLeast(r.size());
        r.copyInto(bytes);
        g.writeBinary(bytes, 0, r.dataLength());
        g.writeFieldName(PARTITION_KEY);
        g.writeUTF8String(bytes, r.dataLength(), r.keyLength());
        if (r.encryptionType() != null) {
            g.writeFieldName(ENCRYPTION_TYPE);
            g.writeString(r.encryptionType());
        }
        g.writeEndObject();
    }
}
