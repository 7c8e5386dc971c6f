package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.kinesisharness.internal.protocol.awsjson.BlobDeserializer;
import java.io.IOException;

/** One entry of PutRecords; read without reflection, since a call carries up to 500 of them. */
@JsonDeserialize(using = PutRecordsRequestEntry.Reader.class)
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

    static final class Reader extends StdDeserializer<PutRecordsRequestEntry> {
        private final BlobDeserializer blobs = new BlobDeserializer();

        Reader() {
            super(PutRecordsRequestEntry.class);
        }

        @Override
        public PutRecordsRequestEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                return (PutRecordsRequestEntry) ctxt.handleUnexpectedToken(PutRecordsRequestEntry.class, p);
            }
            byte[] data = null;
            String explicitHashKey = null;
            String partitionKey = null;
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                switch (name) {
                    case "Data" -> data = t == JsonToken.VALUE_NULL ? null : blobs.deserialize(p, ctxt);
                    case "ExplicitHashKey" -> explicitHashKey = string(p, ctxt, t);
                    case "PartitionKey" -> partitionKey = string(p, ctxt, t);
                    default -> p.skipChildren();
                }
            }
            return new PutRecordsRequestEntry(data, explicitHashKey, partitionKey);
        }

        private static String string(JsonParser p, DeserializationContext ctxt, JsonToken t) throws IOException {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
    }
}
