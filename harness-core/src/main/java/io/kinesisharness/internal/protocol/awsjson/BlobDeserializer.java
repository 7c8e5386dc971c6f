package io.kinesisharness.internal.protocol.awsjson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Blobs: CBOR byte strings as they are; JSON strings decoded as strict base64 with AWS's complaints about
 * malformed ones.
 */
public final class BlobDeserializer extends StdDeserializer<byte[]> {

    /** Sextet of each base64 character; -1 for everything else. */
    private static final byte[] SEXTETS = new byte[128];

    static {
        Arrays.fill(SEXTETS, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            SEXTETS[alphabet.charAt(i)] = (byte) i;
        }
    }

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
        byte[] fast = decodeWellFormed(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (fast != null) {
            return fast;
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

    /**
     * The common case in one pass over the parser's characters, without a String or an intermediate copy:
     * checks each character against the alphabet while decoding it. Returns null for anything not plainly
     * well-formed (length, alphabet, padding, stray bits), which the exact checks above then word as AWS does.
     * (JDK 17's Base64 decoder works on bytes only, so it would need the text narrowed into a copy first.)
     */
    static byte[] decodeWellFormed(char[] chars, int offset, int length) {
        if (length % 4 != 0) {
            return null;
        }
        int padding = length == 0 || chars[offset + length - 1] != '=' ? 0
                : chars[offset + length - 2] == '=' ? 2 : 1;
        byte[] out = new byte[length / 4 * 3 - padding];
        int fullEnd = offset + (padding == 0 ? length : length - 4);
        int i = offset;
        int o = 0;
        for (; i < fullEnd; i += 4, o += 3) {
            int a = sextetOrNegative(chars[i]);
            int b = sextetOrNegative(chars[i + 1]);
            int c = sextetOrNegative(chars[i + 2]);
            int d = sextetOrNegative(chars[i + 3]);
            if ((a | b | c | d) < 0) {
                return null;
            }
            int bits = a << 18 | b << 12 | c << 6 | d;
            out[o] = (byte) (bits >> 16);
            out[o + 1] = (byte) (bits >> 8);
            out[o + 2] = (byte) bits;
        }
        if (padding > 0) {
            int a = sextetOrNegative(chars[i]);
            int b = sextetOrNegative(chars[i + 1]);
            int c = padding == 1 ? sextetOrNegative(chars[i + 2]) : 0;
            // Bits the padding stands for must be zero (AWS rejects them; the JDK would ignore them).
            if ((a | b | c) < 0 || (padding == 2 ? b & 0xF : c & 0x3) != 0) {
                return null;
            }
            int bits = a << 18 | b << 12 | c << 6;
            out[o] = (byte) (bits >> 16);
            if (padding == 1) {
                out[o + 1] = (byte) (bits >> 8);
            }
        }
        return out;
    }

    private static int sextetOrNegative(char c) {
        return c < 128 ? SEXTETS[c] : -1;
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
