package io.kinesisharness.internal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.internal.analytics.engine.ColumnType;
import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.InAppStream;
import io.kinesisharness.internal.analytics.engine.SqlCompiler;
import io.kinesisharness.internal.analytics.engine.Values;
import io.kinesisharness.internal.analytics.sql.ApplicationCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of applications shaped like the ones teams ran on KDA (IoT alerts, clickstream counts, enrichment from a
 * reference table, sessions, anomaly scores, top products, access and system logs, order/shipment joins, hotspots,
 * CSV clean-up), written for this project: each must compile (parse, validate, plan) and, fed 200 generated rows
 * a second apart, produce rows on its output stream with nothing in {@code error_stream}. A file's header says
 * what it reads: {@code -- input NAME: col TYPE, …}, {@code -- reference NAME: col TYPE, …}, {@code -- output
 * STREAM}, and {@code -- sample COLUMN: text} for a column whose values need a shape ({i} the row's number,
 * {i5} that modulo 5); other columns get values by type.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/kda-corpus");
    private static final long T0 = Instant.parse("2026-12-06T10:00:00Z").toEpochMilli();

    static Stream<Path> applications() throws IOException {
        return Files.list(CORPUS).filter(p -> p.toString().endsWith(".sql")).sorted();
    }

    @ParameterizedTest
    @MethodSource("applications")
    void each_application_compiles_and_produces_rows(Path file) throws Exception {
        String code = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, List<String[]>> inputs = new LinkedHashMap<>();
        Map<String, List<String[]>> references = new LinkedHashMap<>();
        Map<String, String> samples = new LinkedHashMap<>();
        String output = null;
        for (String line : code.split("\n")) {
            if (line.startsWith("-- input ")) {
                inputs.put(line.substring(9, line.indexOf(':')).trim(), columns(line.substring(line.indexOf(':') + 1)));
            } else if (line.startsWith("-- reference ")) {
                references.put(line.substring(13, line.indexOf(':')).trim(),
                        columns(line.substring(line.indexOf(':') + 1)));
            } else if (line.startsWith("-- sample ")) {
                samples.put(name(line.substring(10, line.indexOf(':')).trim()),
                        line.substring(line.indexOf(':') + 1).trim());
            } else if (line.startsWith("-- output ")) {
                output = line.substring(10).trim();
            }
        }
        List<SqlCompiler.InputStream> declared = new ArrayList<>();
        inputs.forEach((name, cols) -> declared.add(new SqlCompiler.InputStream(name,
                cols.stream().map(c -> c[0]).toList(), cols.stream().map(c -> c[1]).toList())));
        List<SqlCompiler.ReferenceTable> tables = new ArrayList<>();
        references.forEach((name, cols) -> tables.add(new SqlCompiler.ReferenceTable(name,
                cols.stream().map(c -> c[0]).toList(), cols.stream().map(c -> c[1]).toList(), types -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        rows.add(row(cols.stream().map(c -> c[0]).toList(), types, samples, i, T0));
                    }
                    return rows;
                })));
        long[] now = {T0};
        CompiledApplication app = ApplicationCompiler.compile(code, declared, tables, () -> now[0], end -> { });
        List<Object[]> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        app.streams().get(output).subscribe((rowtime, row) -> out.add(row));
        app.streams().get(CompiledApplication.ERROR_STREAM).subscribe((rowtime, row) -> errors.add(row[4] + " "
                + row[5]));
        for (int i = 0; i < 200; i++) {
            now[0] = T0 + i * 1000L;
            app.advance(now[0]);
            for (Map.Entry<String, List<String[]>> in : inputs.entrySet()) {
                InAppStream stream = app.streams().get(in.getKey());
                List<String> names = in.getValue().stream().map(c -> c[0]).toList();
                Object[] values = row(names, stream.types(), samples, i, now[0]);
                Object[] withArrival = java.util.Arrays.copyOf(values, values.length + 1);
                withArrival[values.length] = now[0];
                stream.insert(now[0], withArrival);
            }
        }
        now[0] = T0 + 30 * 60_000L;
        app.advance(now[0]);
        assertThat(errors).as(file + ": error_stream").isEmpty();
        assertThat(out).as(file + ": rows on " + output).isNotEmpty();
    }

    /** A row's values: each column's sample, or a value by type, converted as an input record's would be. */
    private static Object[] row(List<String> names, List<ColumnType> types, Map<String, String> samples, int i,
            long rowtime) {
        Object[] values = new Object[names.size()];
        for (int c = 0; c < values.length; c++) {
            ColumnType type = types.get(c);
            String text = samples.get(names.get(c));
            if (text == null) {
                text = type.isCharacter() ? "k{i5}" : type.name().equals("TIMESTAMP") ? Values.timestampText(rowtime)
                        : type.name().equals("BOOLEAN") ? "true"
                        : type.isExactInteger() ? "{i50}" : "{i50}.5";
            }
            text = text.replace("{i5}", String.valueOf(i % 5)).replace("{i50}", String.valueOf(i % 50))
                    .replace("{i}", String.valueOf(i));
            values[c] = Values.cast(text, type);
        }
        return values;
    }

    /** {@code a TYPE, "b" TYPE(p, s), …} as [name, type] pairs (commas inside parentheses kept). */
    private static List<String[]> columns(String spec) {
        List<String[]> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= spec.length(); i++) {
            char ch = i < spec.length() ? spec.charAt(i) : ',';
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                String column = spec.substring(start, i).trim();
                int space = column.startsWith("\"") ? column.indexOf('"', 1) + 1 : column.indexOf(' ');
                out.add(new String[] {name(column.substring(0, space)), column.substring(space).trim()});
                start = i + 1;
            }
        }
        return out;
    }

    private static String name(String identifier) {
        return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1)
                : identifier.toUpperCase(Locale.ROOT);
    }
}
