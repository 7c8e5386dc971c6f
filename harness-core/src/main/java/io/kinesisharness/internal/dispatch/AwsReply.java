package io.kinesisharness.internal.dispatch;

/**
 * An encoded answer to an AWS call: status, content type and body, or, for an operation that streams, the
 * {@link StreamingAnswer} the transport starts instead of writing a body.
 */
public record AwsReply(int status, String contentType, byte[] body, String errorCode, long delayMillis,
        StreamingAnswer stream) {

    private static final byte[] NO_BODY = new byte[0];

    public AwsReply(int status, String contentType, byte[] body, String errorCode) {
        this(status, contentType, body, errorCode, 0, null);
    }

    public AwsReply(int status, String contentType, byte[] body, String errorCode, long delayMillis) {
        this(status, contentType, body, errorCode, delayMillis, null);
    }

    static AwsReply streaming(StreamingAnswer answer) {
        return new AwsReply(200, null, NO_BODY, null, 0, answer);
    }

    /** The same answer, sent after an injected delay. */
    public AwsReply delayed(long millis) {
        return new AwsReply(status, contentType, body, errorCode, millis, stream);
    }
}
