package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** One entry of a PutRecords answer; written without reflection, since a call answers up to 500 of them. */
@JsonSerialize(using = PutRecordsResultEntry.Writer.class)
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

    static final class Writer extends StdSerializer<PutRecordsResultEntry> {
        Writer() {
            super(PutRecordsResultEntry.class);
        }

        @Override
        public void serialize(PutRecordsResultEntry e, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            if (e.sequenceNumber != null) {
                g.writeStringField("SequenceNumber", e.sequenceNumber);
                g.writeStringField("ShardId", e.shardId);
            } else {
                g.writeStringField("ErrorCode", e.errorCode);
                g.writeStringField("ErrorMessage", e.errorMessage);
            }
            g.writeEndObject();
        }
    }
}
