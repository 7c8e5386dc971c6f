package io.kinesisharness.internal.dispatch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Base64;

/**
 * Blobs: CBOR byte strings as they are; JSON strings decoded as strict base64 with AWS's complaints about
 * malformed ones.
 */
public final class BlobDeserializer extends StdDeserializer<byte[]> {

    public BlobDeserializer() {
        super(byte[].class);
    }

    @Override
    public byte[] deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_EMBEDDED_OBJECT) {
            Object o = p.getEmbeddedObject();
            if (o instanceof byte[] bytes) {
                return bytes;
            }
        }
        if (t != JsonToken.VALUE_STRING) {
            return (byte[]) ctxt.handleUnexpectedToken(byte[].class, p);
        }
        String text = p.getText();
        if (text.length() % 4 != 0) {
            throw new InvalidBlob(p, "'" + text + "' can not be converted to a Blob: Base64 encoded length is "
                    + "expected a multiple of 4 bytes but found: " + text.length());
        }
        int padding = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/';
            if (c == '=' && i >= text.length() - 2) {
                padding++;
            } else if (!base64 || padding > 0) {
                throw new InvalidBlob(p, "'" + text + "' can not be converted to a Blob: Invalid Base64 character: '"
                        + c + "'");
            }
        }
        if (padding > 0 && (sextet(text.charAt(text.length() - padding - 1)) & (padding == 1 ? 0x3 : 0xF)) != 0) {
            // Java's decoder ignores set bits the padding should have zeroed; AWS's does not.
            throw new InvalidBlob(p, "'" + text + "' can not be converted to a Blob: Invalid last non-pad Base64 "
                    + "character dectected");
        }
        return Base64.getDecoder().decode(text);
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : 63;
    }

    /** A JSON blob that is not valid base64. */
    static final class InvalidBlob extends JsonMappingException {
        InvalidBlob(JsonParser p, String message) {
            super(p, message);
        }
    }
}
