package io.kinesisharness.internal.analytics.engine;

/**
 * Application code the engine cannot run: a syntax error, an unknown stream or column, a type mismatch, a streaming
 * rule broken. The message names the line and column where the problem starts; the service answers it as
 * CodeValidationException.
 */
public final class SqlCodeException extends Exception {

    private final int line;
    private final int column;

    public SqlCodeException(String message, int line, int column) {
        super(line > 0 ? "SQL error at line " + line + ", column " + column + ": " + message : message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
