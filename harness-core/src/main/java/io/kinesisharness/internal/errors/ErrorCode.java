package io.kinesisharness.internal.errors;

import java.util.Locale;

/**
 * An AWS error code with the HTTP status it is answered with. Each service keeps its own catalogue (an enum
 * implementing this, with message factories for the texts it repeats); {@link CommonErrors} holds those of the
 * protocols every service shares. The name in code is not the wire name: {@link #code()} is, spelled as AWS
 * spells it.
 */
public interface ErrorCode {

    /** The wire name: {@code ResourceNotFoundException}, {@code NoSuchKey}. */
    String code();

    /** The HTTP status AWS answers it with. */
    int status();

    default AwsException exception(String message) {
        return new AwsException(this, message);
    }

    default AwsException exception(String format, Object... args) {
        return new AwsException(this, String.format(Locale.ROOT, format, args));
    }
}
