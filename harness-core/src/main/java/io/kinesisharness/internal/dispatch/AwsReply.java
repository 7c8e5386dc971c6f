package io.kinesisharness.internal.dispatch;

import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.protocol.awsjson.JsonErrorWriter;
import io.kinesisharness.internal.protocol.awsjson.JsonProtocol;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * An encoded answer to an AWS call: status, content type, further headers and body, or, for an operation that
 * streams, the {@link StreamingBody} the transport starts instead of writing a body. An operation's output is
 * encoded by the transport straight into its own buffer ({@link #writer}), so a 1.5 MB GetRecords answer never
 * exists as a byte[] in the heap; fixed answers (errors, admin, objects) carry their bytes in {@link #body}.
 *
 * @param headers further response headers (REST services: {@code ETag}, {@code Last-Modified}, …); an explicit
 *     {@code Content-Length} there is kept even when the body is empty (the answer to a HEAD request)
 * @param crc32 whether the transport stamps {@code x-amz-crc32} with the CRC32 of the body it wrote (DynamoDB)
 */
public record AwsReply(int status, String contentType, byte[] body, BodyWriter writer, int sizeHint,
        String errorCode, long delayMillis, StreamingBody stream, Map<String, String> headers, boolean crc32) {

    private static final byte[] NO_BODY = new byte[0];

    public AwsReply(int status, String contentType, byte[] body, String errorCode) {
        this(status, contentType, body, null, 0, errorCode, 0, null, Map.of(), false);
    }

    /** An answer with further headers, for REST services. */
    public static AwsReply withHeaders(int status, String contentType, byte[] body, Map<String, String> headers,
            String errorCode) {
        return new AwsReply(status, contentType, body == null ? NO_BODY : body, null, 0, errorCode, 0, null,
                headers == null ? Map.of() : headers, false);
    }

    static AwsReply streaming(StreamingBody body) {
        return new AwsReply(200, null, NO_BODY, null, 0, null, 0, body, Map.of(), false);
    }

    /** @param sizeHint bytes to allocate for the body at first (0: the transport's default) */
    static AwsReply encoded(String contentType, BodyWriter writer, int sizeHint) {
        return new AwsReply(200, contentType, null, writer, sizeHint, null, 0, null, Map.of(), false);
    }

    /** An error in a JSON/CBOR protocol: {@code {"__type": code, "message": text}} in the request's format. */
    public static AwsReply error(AwsException e, WireFormat format) {
        return error(e, format, JsonProtocol.KINESIS);
    }

    /** An error as a service's protocol writes it: its type namespaced, and with a CRC32 where it wants one. */
    public static AwsReply error(AwsException e, WireFormat format, JsonProtocol protocol) {
        WireFormat f = format == null ? WireFormat.JSON : format;
        byte[] body = JsonErrorWriter.body(protocol.errorType(e.code()), e.getMessage(), e.members(), f);
        return new AwsReply(e.status(), f.contentType(), body, null, 0, e.code(), 0, null, Map.of(), protocol.crc32());
    }

    /** The same answer, with {@code x-amz-crc32} of its body when the protocol asks for it. */
    public AwsReply checksummedIf(boolean wanted) {
        return wanted == crc32 ? this : new AwsReply(status, contentType, body, writer, sizeHint, errorCode,
                delayMillis, stream, headers, wanted);
    }

    /** The same answer with further headers (those it has keep their values). */
    public AwsReply withHeaders(Map<String, String> more) {
        Map<String, String> all = new java.util.LinkedHashMap<>(more);
        all.putAll(headers);
        return new AwsReply(status, contentType, body, writer, sizeHint, errorCode, delayMillis, stream, all, crc32);
    }

    /** The same answer, sent after an injected delay. */
    public AwsReply delayed(long millis) {
        return new AwsReply(status, contentType, body, writer, sizeHint, errorCode, millis, stream, headers, crc32);
    }

    /** Encodes an answer's body into the transport's stream. */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}
