package io.kinesisharness.internal.analytics.engine;

/**
 * A row that could not be computed or converted; it goes to the application's {@code error_stream} with this name
 * (ERROR_NAME) and message, and processing goes on with the next row.
 */
public final class RowError extends RuntimeException {

    private final String errorName;

    public RowError(String errorName, String message) {
        super(message, null, false, false);
        this.errorName = errorName;
    }

    public String errorName() {
        return errorName;
    }
}
