package io.kinesisharness.internal.config;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One harness setting, defined once: its launcher flag ({@code --name}), environment variable
 * ({@code KINESIS_HARNESS_NAME}), default and parser. The launcher, the builder and the container module all
 * read settings through these definitions.
 */
public final class Setting<T> {

    private final String name;
    private final String description;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final Function<T, String> printer;

    Setting(String name, String description, T defaultValue, Function<String, T> parser, Function<T, String> printer) {
        this.name = Objects.requireNonNull(name);
        this.description = description;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.printer = printer;
    }

    /** The flag name without dashes, e.g. {@code account-id}. */
    public String name() {
        return name;
    }

    public String flag() {
        return "--" + name;
    }

    public String envVar() {
        return "KINESIS_HARNESS_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    public String description() {
        return description;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** Parses the text form used by flags and environment variables. */
    public T parse(String text) {
        try {
            return parser.apply(text.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Invalid value '" + text + "' for " + flag() + ": " + e.getMessage(), e);
        }
    }

    public String print(T value) {
        return value == null ? "" : printer.apply(value);
    }

    @Override
    public String toString() {
        return flag();
    }
}
