package io.kinesisharness.kinesis.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Assertions on the AWS error a call got: exception class, error code, HTTP status and message. */
public final class AwsErrors {

    private AwsErrors() {
    }

    /** The call fails with {@code type}, whose simple name is the AWS error code, status 400 and exactly {@code message}. */
    public static <T extends AwsServiceException> T expectError(Class<T> type, String message, ThrowingCallable call) {
        return expectError(type, type.getSimpleName(), message, call);
    }

    public static <T extends AwsServiceException> T expectError(Class<T> type, String code, String message,
            ThrowingCallable call) {
        T e = expectErrorCode(type, code, call);
        assertThat(e.awsErrorDetails().errorMessage()).as("error message").isEqualTo(message);
        return e;
    }

    /** For errors whose AWS wording is not known: class, code and status only. */
    public static <T extends AwsServiceException> T expectErrorCode(Class<T> type, String code, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("error").isExactlyInstanceOf(type);
        T e = type.cast(thrown);
        assertThat(e.awsErrorDetails().errorCode()).as("error code").isEqualTo(code);
        assertThat(e.statusCode()).as("HTTP status").isEqualTo(400);
        return e;
    }
}
