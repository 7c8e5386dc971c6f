package io.kinesisharness.internal.errors;

/**
 * An error a client receives as an AWS error body. Handlers throw it and never catch it; one writer
 * ({@code ErrorWriter}) turns it into the response. No stack trace: it is an answer, not a failure.
 */
public final class AwsException extends RuntimeException {

    private final AwsError error;

    public AwsException(AwsError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    public AwsError error() {
        return error;
    }

    public String code() {
        return error.code();
    }

    public int status() {
        return error.status();
    }
}
