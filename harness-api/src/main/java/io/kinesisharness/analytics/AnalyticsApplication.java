package io.kinesisharness.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Kinesis Data Analytics SQL application to create and start in one call ({@link HarnessAnalytics#start}): its
 * code, the Kinesis stream it reads, how that stream's records map to the columns of {@code SOURCE_SQL_STREAM_001},
 * and its outputs: an in-application stream sent to a Kinesis stream, or only kept for the test to read.
 *
 * <pre>{@code
 * AnalyticsApplication.builder("tickers")
 *         .codeFrom(Path.of("src/main/kda/tickers.sql"))
 *         .input("stocks").column("TICKER_SYMBOL", "VARCHAR(4)").column("PRICE", "REAL")
 *         .output("DESTINATION_SQL_STREAM", "ticker-counts")
 *         .build();
 * }</pre>
 *
 * @param format {@code JSON} (each column mapped from {@code $.<name>} unless given) or {@code CSV} (columns by
 *        position, comma-separated, a row per line)
 * @param outputs in-application stream name to the Kinesis stream it is sent to ({@code null}: kept only)
 * @param startingPosition NOW (the default) or TRIM_HORIZON
 */
public record AnalyticsApplication(String name, String code, String inputStream, String format,
        String recordRowPath, List<Column> columns, Map<String, String> outputs, String startingPosition) {

    /** An input column: its name, SQL type and (JSON) the path it is read from. */
    public record Column(String name, String sqlType, String mapping) {
    }

    public AnalyticsApplication {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(inputStream, "inputStream");
        columns = List.copyOf(columns);
        outputs = new LinkedHashMap<>(outputs);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("An application's input needs at least one column");
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds an {@link AnalyticsApplication}. */
    public static final class Builder {
        private final String name;
        private String code;
        private String inputStream;
        private String format = "JSON";
        private String recordRowPath = "$";
        private final List<Column> columns = new ArrayList<>();
        private final Map<String, String> outputs = new LinkedHashMap<>();
        private String startingPosition = "NOW";

        private Builder(String name) {
            this.name = name;
        }

        public Builder code(String sql) {
            this.code = sql;
            return this;
        }

        /** The code from a SQL file (UTF-8). */
        public Builder codeFrom(Path file) {
            try {
                this.code = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read application code from " + file, e);
            }
            return this;
        }

        /** The Kinesis stream (in the harness's default account and region) the application reads. */
        public Builder input(String kinesisStream) {
            this.inputStream = kinesisStream;
            return this;
        }

        public Builder json(String recordRowPath) {
            this.format = "JSON";
            this.recordRowPath = recordRowPath;
            return this;
        }

        public Builder csv() {
            this.format = "CSV";
            return this;
        }

        /** A column read from {@code $.<name>} (JSON) or the next position (CSV). */
        public Builder column(String name, String sqlType) {
            return column(name, sqlType, "$." + name);
        }

        public Builder column(String name, String sqlType, String jsonPath) {
            columns.add(new Column(name, sqlType, jsonPath));
            return this;
        }

        /** An in-application stream sent to a Kinesis stream, as an output of the application. */
        public Builder output(String inApplicationStream, String kinesisStream) {
            outputs.put(inApplicationStream, kinesisStream);
            return this;
        }

        public Builder startingPosition(String position) {
            this.startingPosition = position;
            return this;
        }

        public AnalyticsApplication build() {
            return new AnalyticsApplication(name, code, inputStream, format, recordRowPath, columns, outputs,
                    startingPosition);
        }
    }
}
