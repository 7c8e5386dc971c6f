package io.kinesisharness.internal.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.SqlCodeException;
import io.kinesisharness.internal.analytics.engine.SqlCompiler;
import io.kinesisharness.internal.analytics.sql.ApplicationCompiler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine alone: code compiled against an input stream, rows pushed, windows advanced, output read. */
class EngineTest {

    private static final SqlCompiler.InputStream STOCKS = new SqlCompiler.InputStream(
            "SOURCE_SQL_STREAM_001", List.of("TICKER_SYMBOL", "SECTOR", "CHANGE", "PRICE"),
            List.of("VARCHAR(4)", "VARCHAR(16)", "REAL", "REAL"));
    private static final long T0 = Instant.parse("2026-12-06T10:00:00Z").toEpochMilli();

    private long now = T0;
    private final List<Long> wakes = new ArrayList<>();

    private CompiledApplication compile(String code) throws SqlCodeException {
        return ApplicationCompiler.compile(code, List.of(STOCKS), () -> now, wakes::add);
    }

    private static List<String> collect(CompiledApplication app, String stream) {
        List<String> out = new ArrayList<>();
        app.streams().get(stream).subscribe((rowtime, row) -> out.add(Instant.ofEpochMilli(rowtime) + " "
                + Arrays.toString(Arrays.copyOfRange(row, 1, row.length))));
        return out;
    }

    private void put(CompiledApplication app, String ticker, String sector, double change, double price) {
        app.streams().get("SOURCE_SQL_STREAM_001").insert(now, new Object[] {ticker, sector, change, price, now});
    }

    @Test
    void continuousFilterPassesMatchingRowsWithTheirRowtime() throws Exception {
        CompiledApplication app = compile("""
                CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM"
                  (ticker_symbol VARCHAR(4), sector VARCHAR(12), change DOUBLE, price DOUBLE);
                CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM * FROM "SOURCE_SQL_STREAM_001" WHERE sector SIMILAR TO '%TECH%';
                """);
        List<String> out = collect(app, "DESTINATION_SQL_STREAM");
        put(app, "AMZN", "TECHNOLOGY", 1.5, 100);
        put(app, "XOM", "ENERGY", -1, 50);
        now += 1000;
        put(app, "MSFT", "TECHNOLOGY", 0.25, 300);
        assertThat(out).containsExactly("2026-12-06T10:00:00Z [AMZN, TECHNOLOGY, 1.5, 100.0]",
                "2026-12-06T10:00:01Z [MSFT, TECHNOLOGY, 0.25, 300.0]");
    }

    @Test
    void tumblingWindowEmitsOncePerKeyWhenRowtimePassesItsEnd() throws Exception {
        CompiledApplication app = compile("""
                CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (TICKER_SYMBOL VARCHAR(4), TICKER_COUNT INTEGER,
                  AVG_PRICE DOUBLE, WINDOW_END TIMESTAMP);
                CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM TICKER_SYMBOL, COUNT(*) AS TICKER_COUNT, AVG(PRICE), ROWTIME
                  FROM "SOURCE_SQL_STREAM_001"
                  GROUP BY TICKER_SYMBOL, STEP("SOURCE_SQL_STREAM_001".ROWTIME BY INTERVAL '60' SECOND);
                """);
        List<String> out = collect(app, "DESTINATION_SQL_STREAM");
        put(app, "AMZN", "TECH", 0, 100);
        now += 10_000;
        put(app, "XOM", "ENERGY", 0, 50);
        put(app, "AMZN", "TECH", 0, 200);
        assertThat(wakes).containsExactly(T0 + 60_000);
        app.advance(T0 + 59_999);
        assertThat(out).isEmpty();
        app.advance(T0 + 60_000);
        assertThat(out).containsExactly(
                "2026-12-06T10:01:00Z [AMZN, 2, 150.0, " + (T0 + 60_000) + "]",
                "2026-12-06T10:01:00Z [XOM, 1, 50.0, " + (T0 + 60_000) + "]");
        assertThat(app.nextWindowEnd()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void floorToMinuteClosesByALaterRow() throws Exception {
        CompiledApplication app = compile("""
                CREATE STREAM "OUT" (S VARCHAR(4), N BIGINT);
                CREATE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM TICKER_SYMBOL, COUNT(*) FROM SOURCE_SQL_STREAM_001
                  GROUP BY FLOOR(SOURCE_SQL_STREAM_001.ROWTIME TO MINUTE), TICKER_SYMBOL;
                """);
        List<String> out = collect(app, "OUT");
        put(app, "A", "X", 0, 1);
        now += 61_000;
        put(app, "A", "X", 0, 1);
        assertThat(out).containsExactly("2026-12-06T10:01:00Z [A, 1]");
    }

    @Test
    void aRowThatFailsGoesToErrorStreamAndTheNextOnesGoOn() throws Exception {
        CompiledApplication app = compile("""
                CREATE STREAM "OUT" (S VARCHAR(4), R DOUBLE);
                CREATE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM TICKER_SYMBOL, 100 / CAST(PRICE AS INTEGER) FROM SOURCE_SQL_STREAM_001;
                """);
        List<String> out = collect(app, "OUT");
        List<String> errors = collect(app, "error_stream");
        put(app, "A", "X", 0, 0);
        put(app, "B", "X", 0, 4);
        assertThat(out).containsExactly("2026-12-06T10:00:00Z [B, 25.0]");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).contains("SQL_DIVISION_BY_ZERO", "Division by zero", "P");
    }

    @Test
    void syntaxErrorsNameTheirLineAndColumn() {
        assertThatThrownBy(() -> ApplicationCompiler.checkSyntax("""
                CREATE OR REPLACE STREAM "OUT" (A INTEGER);
                CREATE OR REPLACE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM A FROM SOURCE_SQL_STREAM_001 WHERE WHERE;
                """)).isInstanceOf(SqlCodeException.class)
                .hasMessage("SQL error at line 3, column 52: Incorrect syntax near the keyword 'WHERE'");
    }

    @Test
    void aColumnTypeKdaHasNoneOfIsRefusedAsSuchAndAMalformedOneAsMalformed() {
        assertThatThrownBy(() -> ApplicationCompiler.checkSyntax("""
                CREATE OR REPLACE STREAM "OUT" (A INTEGER,
                  B INTEGER ARRAY);
                """)).isInstanceOf(SqlCodeException.class)
                .hasMessage("SQL error at line 2, column 5: Type INTEGER ARRAY cannot be a column's type");
        assertThatThrownBy(() -> ApplicationCompiler.checkSyntax("""
                CREATE OR REPLACE STREAM "OUT" (A VARCHAR(4,,));
                """)).isInstanceOf(SqlCodeException.class)
                .hasMessage("SQL error at line 1, column 35: Unknown or malformed SQL type: VARCHAR(4,,)");
    }

    @Test
    void unknownColumnsAreRefusedWithTheirPosition() {
        assertThatThrownBy(() -> compile("""
                CREATE STREAM "OUT" (A VARCHAR(4));
                CREATE PUMP "P" AS INSERT INTO "OUT" SELECT STREAM "ticker_symbol" FROM SOURCE_SQL_STREAM_001;
                """)).isInstanceOf(SqlCodeException.class)
                .hasMessage("SQL error at line 2, column 52: Column 'ticker_symbol' not found in any table; did you mean 'TICKER_SYMBOL'?");
    }

    @Test
    void aGroupByWithoutAMonotonicExpressionIsRefused() {
        assertThatThrownBy(() -> compile("""
                CREATE STREAM "OUT" (A VARCHAR(4), N BIGINT);
                CREATE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM TICKER_SYMBOL, COUNT(*) FROM SOURCE_SQL_STREAM_001 GROUP BY TICKER_SYMBOL;
                """)).isInstanceOf(SqlCodeException.class)
                .hasMessageContaining("Streaming aggregation requires at least one monotonic expression in GROUP BY");
    }

    @Test
    void countDistinctIsRefusedInAggregatesAndWindowsAsTheReferenceSays() {
        assertThatThrownBy(() -> compile("""
                CREATE STREAM "OUT" (N BIGINT);
                CREATE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM COUNT(DISTINCT TICKER_SYMBOL) FROM SOURCE_SQL_STREAM_001
                  GROUP BY STEP(SOURCE_SQL_STREAM_001.ROWTIME BY INTERVAL '1' MINUTE);
                """)).isInstanceOf(SqlCodeException.class)
                .hasMessageContaining("COUNT DISTINCT is not allowed in an aggregate function");
        assertThatThrownBy(() -> compile("""
                CREATE STREAM "OUT" (N BIGINT);
                CREATE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM COUNT(DISTINCT TICKER_SYMBOL) OVER (RANGE INTERVAL '1' MINUTE PRECEDING)
                  FROM SOURCE_SQL_STREAM_001;
                """)).isInstanceOf(SqlCodeException.class)
                .hasMessageContaining("COUNT DISTINCT cannot be used as an analytic function or in a windowed aggregation");
    }

    @Test
    void insertColumnCountsMustMatch() {
        assertThatThrownBy(() -> compile("""
                CREATE STREAM "OUT" (A VARCHAR(4), B INTEGER);
                CREATE PUMP "P" AS INSERT INTO "OUT" SELECT STREAM TICKER_SYMBOL FROM SOURCE_SQL_STREAM_001;
                """)).isInstanceOf(SqlCodeException.class)
                .hasMessageContaining("Number of INSERT target columns (2) does not equal number of source items (1)");
    }

    @Test
    void stringFunctionsAndChainedPumps() throws Exception {
        CompiledApplication app = compile("""
                CREATE STREAM "MID" (T VARCHAR(8), S VARCHAR(32));
                CREATE STREAM "OUT" (T VARCHAR(8), S VARCHAR(32), P INTEGER);
                CREATE PUMP "P2" AS INSERT INTO "OUT"
                  SELECT STREAM T, UPPER(SUBSTRING(S FROM 1 FOR 4)) || '!', POSITION('O' IN S) FROM "MID";
                CREATE PUMP "P1" AS INSERT INTO "MID"
                  SELECT STREAM LOWER(TICKER_SYMBOL), REGEX_REPLACE(SECTOR, 'GY$', 'gy', 1, 0)
                  FROM SOURCE_SQL_STREAM_001;
                """);
        List<String> out = collect(app, "OUT");
        put(app, "AMZN", "TECHNOLOGY", 0, 0);
        assertThat(out).containsExactly("2026-12-06T10:00:00Z [amzn, TECH!, 6]");
    }

    @Test
    void constructs_of_the_next_stage_are_refused_by_name() {
        assertThatThrownBy(() -> compile("""
                CREATE STREAM "OUT" (T VARCHAR(4), A DOUBLE);
                CREATE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM TICKER_SYMBOL, AVG(PRICE) OVER (PARTITION BY TICKER_SYMBOL
                    RANGE INTERVAL '1' MINUTE FOLLOWING) FROM SOURCE_SQL_STREAM_001;
                """)).isInstanceOf(SqlCodeException.class).hasMessageContaining("does not run a window");
        assertThatThrownBy(() -> compile("""
                CREATE STREAM "OUT" (T VARCHAR(4), N REAL);
                CREATE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM a.TICKER_SYMBOL, b.PRICE FROM SOURCE_SQL_STREAM_001 AS a
                  JOIN SOURCE_SQL_STREAM_001 OVER (ROWS 10 PRECEDING) AS b
                  ON a.TICKER_SYMBOL = b.TICKER_SYMBOL;
                """)).isInstanceOf(SqlCodeException.class)
                .hasMessage("SQL error at line 4, column 30: Kinesis Harness runs a joined stream's window as RANGE "
                        + "INTERVAL 'n' unit PRECEDING only, yet");
    }

    @Test
    void the_arrival_time_is_a_column_of_the_input_stream() throws Exception {
        CompiledApplication app = compile("""
                CREATE STREAM "OUT" (T VARCHAR(4), ARRIVED TIMESTAMP, LAG_MS BIGINT);
                CREATE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM TICKER_SYMBOL, "SOURCE_SQL_STREAM_001".APPROXIMATE_ARRIVAL_TIME,
                         TSDIFF(ROWTIME, APPROXIMATE_ARRIVAL_TIME) FROM SOURCE_SQL_STREAM_001;
                """);
        List<String> out = collect(app, "OUT");
        app.streams().get("SOURCE_SQL_STREAM_001").insert(now, new Object[] {"A", "X", 0d, 0d, now - 250});
        assertThat(out).containsExactly("2026-12-06T10:00:00Z [A, " + (T0 - 250) + ", 250]");
    }

    @Test
    void having_filters_the_groups_a_window_emits_and_the_variances_aggregate() throws Exception {
        CompiledApplication app = compile("""
                CREATE STREAM "OUT" (T VARCHAR(4), N BIGINT, SD DOUBLE, V DOUBLE);
                CREATE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM TICKER_SYMBOL, COUNT(*), STDDEV_SAMP(PRICE), VAR_POP(PRICE)
                  FROM SOURCE_SQL_STREAM_001
                  GROUP BY TICKER_SYMBOL, FLOOR(SOURCE_SQL_STREAM_001.ROWTIME TO MINUTE)
                  HAVING COUNT(*) > 1;
                """);
        List<String> out = collect(app, "OUT");
        put(app, "A", "X", 0, 2);
        put(app, "A", "X", 0, 4);
        put(app, "B", "X", 0, 10);
        app.advance(T0 + 60_000);
        assertThat(out).containsExactly("2026-12-06T10:01:00Z [A, 2, 1.4142135623730951, 1.0]");
    }

    @Test
    void an_inner_join_to_a_reference_table_keeps_matched_rows_and_star_takes_the_tables_columns() throws Exception {
        SqlCompiler.ReferenceTable sectors = new SqlCompiler.ReferenceTable("SECTORS",
                List.of("NAME", "RISK"), List.of("VARCHAR(16)", "INTEGER"),
                types -> List.of(new Object[] {"TECHNOLOGY", 3L}, new Object[] {"ENERGY", 5L}));
        CompiledApplication app = ApplicationCompiler.compile("""
                CREATE STREAM "OUT" (T VARCHAR(4), SECTOR VARCHAR(16), CHANGE REAL, PRICE REAL, NAME VARCHAR(16),
                  RISK INTEGER);
                CREATE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM * FROM SOURCE_SQL_STREAM_001 AS s JOIN SECTORS AS r ON s.SECTOR = r.NAME
                  WHERE r.RISK > 3;
                """, List.of(STOCKS), List.of(sectors), () -> now, wakes::add);
        List<String> out = collect(app, "OUT");
        put(app, "AMZN", "TECHNOLOGY", 0, 1);
        put(app, "XOM", "ENERGY", 0, 2);
        put(app, "ZZZ", "UNKNOWN", 0, 3);
        assertThat(out).containsExactly("2026-12-06T10:00:00Z [XOM, ENERGY, 0.0, 2.0, ENERGY, 5]");
    }

    @Test
    void a_join_key_ignores_trailing_spaces_as_comparisons_do_but_not_a_trailing_tab() throws Exception {
        SqlCompiler.ReferenceTable sectors = new SqlCompiler.ReferenceTable("SECTORS",
                List.of("NAME", "RISK"), List.of("VARCHAR(16)", "INTEGER"),
                types -> List.<Object[]>of(new Object[] {"ENERGY  ", 5L}));
        CompiledApplication app = ApplicationCompiler.compile("""
                CREATE STREAM "OUT" (T VARCHAR(4), RISK INTEGER, SAME BOOLEAN);
                CREATE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM s.TICKER_SYMBOL, r.RISK, s.SECTOR = 'ENERGY'
                  FROM SOURCE_SQL_STREAM_001 AS s JOIN SECTORS AS r ON s.SECTOR = r.NAME;
                """, List.of(STOCKS), List.of(sectors), () -> now, wakes::add);
        List<String> out = collect(app, "OUT");
        put(app, "A", "ENERGY", 0, 1);
        put(app, "B", "ENERGY ", 0, 1);
        put(app, "C", "ENERGY\t", 0, 1);
        assertThat(out).containsExactly("2026-12-06T10:00:00Z [A, 5, true]", "2026-12-06T10:00:00Z [B, 5, true]");
    }

    @Test
    void a_streaming_order_by_sorts_each_second_when_it_ends() throws Exception {
        CompiledApplication app = compile("""
                CREATE STREAM "OUT" (T VARCHAR(4), PRICE REAL);
                CREATE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM TICKER_SYMBOL, PRICE FROM SOURCE_SQL_STREAM_001
                  WHERE PRICE > 1
                  ORDER BY FLOOR(SOURCE_SQL_STREAM_001.ROWTIME TO SECOND), PRICE DESC;
                """);
        List<String> out = collect(app, "OUT");
        put(app, "A", "X", 0, 5);
        now += 100;
        put(app, "B", "X", 0, 9);
        now += 100;
        put(app, "C", "X", 0, 7);
        put(app, "D", "X", 0, 0.5);
        assertThat(out).isEmpty();
        app.advance(T0 + 1000);
        assertThat(out).containsExactly("2026-12-06T10:00:00.200Z [B, 9.0]", "2026-12-06T10:00:00.200Z [C, 7.0]",
                "2026-12-06T10:00:00.200Z [A, 5.0]");
        now = T0 + 1500;
        put(app, "E", "X", 0, 2);
        now = T0 + 2100;
        put(app, "F", "X", 0, 3);
        assertThat(out).hasSize(4).last().isEqualTo("2026-12-06T10:00:01.500Z [E, 2.0]");
    }
}
