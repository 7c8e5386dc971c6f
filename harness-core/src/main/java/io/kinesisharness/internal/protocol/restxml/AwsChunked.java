package io.kinesisharness.internal.protocol.restxml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes SigV4 streaming payloads ({@code x-amz-content-sha256: STREAMING-…}): chunks of
 * {@code <hex size>[;chunk-signature=<sig>]\r\n<data>\r\n}, a zero-size chunk, then trailing headers
 * ({@code x-amz-checksum-crc32:<b64>\r\n}, with a {@code x-amz-trailer-signature} when signed) and an empty line.
 * Signatures are not verified, as nowhere in the harness.
 */
public final class AwsChunked {

    private AwsChunked() {
    }

    /**
     * The decoded payload and the trailing headers (names in lower case; the trailer signature left out).
     */
    public record Decoded(byte[] payload, Map<String, String> trailers) {
    }

    /** Whether a request's {@code x-amz-content-sha256} says its body is chunked this way. */
    public static boolean isChunked(String contentSha256) {
        return contentSha256 != null && contentSha256.startsWith("STREAMING-");
    }

    /** @throws IllegalArgumentException when the body does not follow the grammar */
    public static Decoded decode(byte[] body) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(Math.max(16, body.length - 128));
        int pos = 0;
        while (true) {
            int lineEnd = lineEnd(body, pos);
            String header = new String(body, pos, lineEnd - pos, StandardCharsets.US_ASCII);
            int semicolon = header.indexOf(';');
            String hex = (semicolon < 0 ? header : header.substring(0, semicolon)).trim();
            int size;
            try {
                size = Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad chunk size '" + hex + "'");
            }
            if (size < 0) {
                throw new IllegalArgumentException("bad chunk size '" + hex + "'");
            }
            pos = lineEnd + 2;
            if (size == 0) {
                break;
            }
            if (pos + size + 2 > body.length) {
                throw new IllegalArgumentException("chunk of " + size + " bytes runs past the body");
            }
            payload.write(body, pos, size);
            pos += size;
            if (body[pos] != '\r' || body[pos + 1] != '\n') {
                throw new IllegalArgumentException("chunk data not followed by CRLF");
            }
            pos += 2;
        }
        Map<String, String> trailers = new LinkedHashMap<>();
        while (pos < body.length) {
            int lineEnd = lineEnd(body, pos);
            if (lineEnd == pos) {
                break;
            }
            String line = new String(body, pos, lineEnd - pos, StandardCharsets.UTF_8);
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("bad trailer line '" + line + "'");
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (!name.equals("x-amz-trailer-signature")) {
                trailers.put(name, line.substring(colon + 1).trim());
            }
            pos = lineEnd + 2;
        }
        return new Decoded(payload.toByteArray(), trailers);
    }

    /** The index of the CR of the next CRLF from {@code from}. */
    private static int lineEnd(byte[] body, int from) {
        for (int i = from; i + 1 < body.length; i++) {
            if (body[i] == '\r' && body[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalArgumentException("line not ended by CRLF");
    }
}
