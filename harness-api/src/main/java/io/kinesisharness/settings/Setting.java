package io.kinesisharness.settings;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One harness setting, defined once: its launcher flag ({@code --name}), environment variable
 * ({@code KINESIS_HARNESS_NAME}), default and parser. The launcher, {@code KinesisHarness.Builder}, the JUnit
 * extension and the container module all take settings through these definitions, so a service's setting is
 * declared in its group ({@link ServerSettings}, {@link KinesisSettings}, {@link S3Settings}) and nowhere else.
 *
 * @param <T> the value's type; its text form is what flags and environment variables carry
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

    // The shapes most settings share, each parser and printer written once: every lambda or method reference is a
    // call site the JVM links when its class initialises, and the settings' classes initialise on every start.

    /** A duration (500ms, 2s, PT1S). */
    static Setting<java.time.Duration> duration(String name, String description, java.time.Duration defaultValue) {
        return new Setting<>(name, description, defaultValue, Durations::parse, Durations::print);
    }

    /** Text taken as it is. */
    static Setting<String> text(String name, String description, String defaultValue) {
        return new Setting<>(name, description, defaultValue, Function.identity(), Function.identity());
    }

    /** true or false. */
    static Setting<Boolean> bool(String name, String description, boolean defaultValue) {
        return new Setting<>(name, description, defaultValue, Parsers::bool, String::valueOf);
    }

    /** The flag name without dashes, e.g. {@code account-id}. */
    public String name() {
        return name;
    }

    /** The launcher flag, {@code --account-id}. */
    public String flag() {
        return "--" + name;
    }

    /** The environment variable, {@code KINESIS_HARNESS_ACCOUNT_ID}. */
    public String envVar() {
        return "KINESIS_HARNESS_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** One line for {@code --help} and the README's options table. */
    public String description() {
        return description;
    }

    /** The value when nothing sets it; null where the default is computed at start (the start time: now). */
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

    /** The text form of a value, which {@link #parse} reads back. */
    public String print(T value) {
        return value == null ? "" : printer.apply(value);
    }

    @Override
    public String toString() {
        return flag();
    }
}
