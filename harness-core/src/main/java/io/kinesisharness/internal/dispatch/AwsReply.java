package io.kinesisharness.internal.dispatch;

/** An encoded answer to an AWS call: status, content type and body. */
public record AwsReply(int status, String contentType, byte[] body, String errorCode, long delayMillis) {

    public AwsReply(int status, String contentType, byte[] body, String errorCode) {
        this(status, contentType, body, errorCode, 0);
    }

    /** The same answer, sent after an injected delay. */
    public AwsReply delayed(long millis) {
        return new AwsReply(status, contentType, body, errorCode, millis);
    }
}
