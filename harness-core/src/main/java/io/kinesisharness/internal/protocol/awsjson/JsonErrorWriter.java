package io.kinesisharness.internal.protocol.awsjson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The one place AWS JSON/CBOR error bodies are written: {@code {"__type": code, "message": text}} in the request's format. */
public final class JsonErrorWriter {

    private JsonErrorWriter() {
    }

    /**
     * The error body alone, also the payload of an exception event inside an event stream.
     *
     * @param type the code as {@code __type} carries it (namespaced where the service's protocol says)
     */
    public static byte[] body(String type, String message, WireFormat format) {
        return body(type, message, java.util.Map.of(), format);
    }

    /** With structured members after the message ({@code Item}, {@code CancellationReasons}). */
    public static byte[] body(String type, String message, java.util.Map<String, Object> members,
            WireFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = format.mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("__type", type);
            if (message != null) {
                // Coral's serialization layer capitalises this key, and DynamoDB's transaction error models it so.
                boolean capital = type.endsWith("SerializationException") || type.endsWith("TransactionCanceledException");
                g.writeStringField(capital ? "Message" : "message", message);
            }
            for (java.util.Map.Entry<String, Object> m : members.entrySet()) {
                g.writeFieldName(m.getKey());
                format.mapper().writeValue(g, m.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
