package io.kinesisharness.internal.dispatch;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An encoded answer to an AWS call: status, content type and body, or, for an operation that streams, the
 * {@link StreamingAnswer} the transport starts instead of writing a body. An operation's output is encoded
 * by the transport straight into its own buffer ({@link #writer}), so a 1.5 MB GetRecords answer never exists
 * as a byte[] in the heap; fixed answers (errors, admin) carry their bytes in {@link #body}.
 */
public record AwsReply(int status, String contentType, byte[] body, BodyWriter writer, String errorCode,
        long delayMillis, StreamingAnswer stream) {

    private static final byte[] NO_BODY = new byte[0];

    public AwsReply(int status, String contentType, byte[] body, String errorCode) {
        this(status, contentType, body, null, errorCode, 0, null);
    }

    static AwsReply streaming(StreamingAnswer answer) {
        return new AwsReply(200, null, NO_BODY, null, null, 0, answer);
    }

    static AwsReply encoded(String contentType, BodyWriter writer) {
        return new AwsReply(200, contentType, null, writer, null, 0, null);
    }

    /** The same answer, sent after an injected delay. */
    public AwsReply delayed(long millis) {
        return new AwsReply(status, contentType, body, writer, errorCode, millis, stream);
    }

    /** Encodes an answer's body into the transport's stream. */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}
