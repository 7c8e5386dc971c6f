package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * One entry of a PutRecords answer: a stored record's sequence number and shard, or an error. Written without
 * reflection or a String per sequence number, since a call answers up to 500 of them.
 */
@JsonSerialize(using = PutRecordsResultEntry.Writer.class)
public record PutRecordsResultEntry(SequenceNumberText sequenceNumber, String shardId, String errorCode,
        String errorMessage) {

    public static PutRecordsResultEntry ok(SequenceNumberText sequenceNumber, String shardId) {
        return new PutRecordsResultEntry(sequenceNumber, shardId, null, null);
    }

    public static PutRecordsResultEntry failed(String code, String message) {
        return new PutRecordsResultEntry(null, null, code, message);
    }

    static final class Writer extends StdSerializer<PutRecordsResultEntry> {
        private static final SerializedString SEQUENCE_NUMBER = new SerializedString("SequenceNumber");
        private static final SerializedString SHARD_ID = new SerializedString("ShardId");
        private static final SerializedString ERROR_CODE = new SerializedString("ErrorCode");
        private static final SerializedString ERROR_MESSAGE = new SerializedString("ErrorMessage");
        private static final ThreadLocal<char[]> DIGITS =
                ThreadLocal.withInitial(() -> new char[SequenceNumberText.LENGTH]);

        Writer() {
            super(PutRecordsResultEntry.class);
        }

        @Override
        public void serialize(PutRecordsResultEntry e, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            if (e.sequenceNumber != null) {
                char[] digits = DIGITS.get();
                e.sequenceNumber.sequenceNumberInto(digits);
                g.writeFieldName(SEQUENCE_NUMBER);
                g.writeString(digits, 0, SequenceNumberText.LENGTH);
                g.writeFieldName(SHARD_ID);
                g.writeString(e.shardId);
            } else {
                g.writeFieldName(ERROR_CODE);
                g.writeString(e.errorCode);
                g.writeFieldName(ERROR_MESSAGE);
                g.writeString(e.errorMessage);
            }
            g.writeEndObject();
        }
    }
}
