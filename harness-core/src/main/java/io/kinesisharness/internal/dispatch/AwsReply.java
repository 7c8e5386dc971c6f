package io.kinesisharness.internal.dispatch;

import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.protocol.awsjson.JsonErrorWriter;
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
 */
public record AwsReply(int status, String contentType, byte[] body, BodyWriter writer, int sizeHint,
        String errorCode, long delayMillis, StreamingBody stream, Map<String, String> headers) {

    private static final byte[] NO_BODY = new byte[0];

    public AwsReply(int status, String contentType, byte[] body, String errorCode) {
        this(status, contentType, body, null, 0, errorCode, 0, null, Map.of());
    }

    /** An answer with further headers, for REST services. */
    public static AwsReply withHeaders(int status, String contentType, byte[] body, Map<String, String> headers,
            String errorCode) {
        return new AwsReply(status, contentType, body == null ? NO_BODY : body, null, 0, errorCode, 0, null,
                headers == null ? Map.of() : headers);
    }

    static AwsReply streaming(StreamingBody body) {
        return new AwsReply(200, null, NO_BODY, null, 0, null, 0, body, Map.of());
    }

    /** @param sizeHint bytes to allocate for the body at first (0: the transport's default) */
    static AwsReply encoded(String contentType, BodyWriter writer, int sizeHint) {
        return new AwsReply(200, contentType, null, writer, sizeHint, null, 0, null, Map.of());
    }

    /** An error in a JSON/CBOR protocol: {@code {"__type": code, "message": text}} in the request's format. */
    public static AwsReply error(AwsException e, WireFormat format) {
        WireFormat f = format == null ? WireFormat.JSON : format;
        return new AwsReply(e.status(), f.contentType(), JsonErrorWriter.body(e.code(), e.getMessage(), f), e.code());
    }

    /** The same answer, sent after an injected delay. */
    public AwsReply delayed(long millis) {
        return new AwsReply(status, contentType, body, writer, sizeHint, errorCode, millis, stream, headers);
    }

    /** Encodes an answer's body into the transport's stream. */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}
