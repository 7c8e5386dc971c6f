package io.kinesisharness.internal.analytics.engine;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * The {@code error_stream} every application has: a row for each input record that could not be mapped and each
 * row a pump could not compute, with the columns AWS documents. Application code cannot read it; an output can.
 */
public final class ErrorStream {

    public static final List<String> COLUMNS = List.of("ERROR_TIME", "ERROR_LEVEL", "ERROR_NAME", "MESSAGE",
            "DATA_ROWTIME", "DATA_ROW", "PUMP_NAME");
    public static final List<ColumnType> TYPES = List.of(ColumnType.TIMESTAMP,
            new ColumnType("VARCHAR", 10, -1, true), new ColumnType("VARCHAR", 32, -1, true),
            new ColumnType("VARCHAR", 4096, -1, true), new ColumnType("TIMESTAMP", 3, -1, true),
            new ColumnType("VARCHAR", 49152, -1, true), new ColumnType("VARCHAR", 128, -1, true));

    private ErrorStream() {
    }

    public static InAppStream create() {
        return new InAppStream(CompiledApplication.ERROR_STREAM, COLUMNS, TYPES);
    }

    /** Puts a row for an error at {@code now}: the failed row's time and its text, hex-encoded. */
    public static void report(InAppStream errors, long now, RowError e, Long dataRowtime, String dataRow,
            String pump) {
        String hex = dataRow == null ? null
                : HexFormat.of().withUpperCase().formatHex(dataRow.getBytes(StandardCharsets.UTF_8));
        Object[] values = {now, "Error", e.errorName(), e.getMessage(), dataRowtime, hex, pump};
        for (int i = 0; i < values.length; i++) {
            values[i] = Values.cast(values[i], TYPES.get(i));
        }
        errors.insert(Math.max(now, 0), values);
    }
}
