package io.kinesisharness.internal.dispatch;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An encoded answer to an AWS call: status, content type and body, or, for an operation that streams, the
 * {@link StreamingAnswer} the transport starts instead of writing a body. An operation's output is encoded
 * by the transport straight into its own buffer ({@link #writer}), so a 1.5 MB GetRecords answer never exists
 * as a byte[] in the heap; fixed answers (errors, admin) carry their bytes in {@link #body}.
 */
public record AwsReply(int status, String contentType, byte[] body, BodyWriter writer, int sizeHint,
        String errorCode, long delayMillis, StreamingAnswer stream) {

    private static final byte[] NO_BODY = new byte[0];

    public AwsReply(int status, String contentType, byte[] body, String errorCode) {
        this(status, contentType, body, null, 0, errorCode, 0, null);
    }

    static AwsReply streaming(StreamingAnswer answer) {
        return new AwsReply(200, null, NO_BODY, null, 0, null, 0, answer);
    }

    /** @param sizeHint bytes to allocate for the body at first (0: the transport's default) */
    static AwsReply encoded(String contentType, BodyWriter writer, int sizeHint) {
        return new AwsReply(200, contentType, null, writer, sizeHint, null, 0, null);
    }

    /** The same answer, sent after an injected delay. */
    public AwsReply delayed(long millis) {
        return new AwsReply(status, contentType, body, writer, sizeHint, errorCode, millis, stream);
    }

    /** Encodes an answer's body into the transport's stream. */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }
}
