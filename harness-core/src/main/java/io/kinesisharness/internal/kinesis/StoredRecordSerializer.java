package io.kinesisharness.internal.kinesis;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.kinesisharness.internal.protocol.Timestamps;
import java.io.IOException;

/**
 * Writes a stored record as the Record shape without reflection: GetRecords sends up to 10,000 of them per
 * call, so this is the read path's inner loop.
 */
final class StoredRecordSerializer extends StdSerializer<StoredRecord> {

    StoredRecordSerializer() {
        super(StoredRecord.class);
    }

    @Override
    public void serialize(StoredRecord r, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        g.writeStringField("SequenceNumber", r.sequenceNumber());
        g.writeFieldName("ApproximateArrivalTimestamp");
        Timestamps.write(g, r.arrivalMillis);
        g.writeFieldName("Data");
        g.writeBinary(r.data());
        g.writeStringField("PartitionKey", r.partitionKey());
        if (r.encryptionType() != null) {
            g.writeStringField("EncryptionType", r.encryptionType());
        }
        g.writeEndObject();
    }
}
