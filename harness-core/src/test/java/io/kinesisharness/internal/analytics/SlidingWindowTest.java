package io.kinesisharness.internal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.SqlCompiler;
import io.kinesisharness.internal.analytics.engine.Values;
import io.kinesisharness.internal.analytics.sql.ApplicationCompiler;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sliding windows against the SQL reference's goldens: the WEATHERSTREAM tables of "Windowed Aggregation on Streams"
 * (all 18 rows, globally and by city, including two rows with one ROWTIME) and its Trades example of rows leaving an
 * hour's window; then ROWS windows and the analytic functions.
 */
class SlidingWindowTest {

    private static final String[][] WEATHER = {
        {"2018-11-01 01:00:00", "Denver", "29"}, {"2018-11-01 01:00:00", "Anchorage", "2"},
        {"2018-11-01 06:00:00", "Miami", "65"}, {"2018-11-01 07:00:00", "Denver", "32"},
        {"2018-11-01 09:00:00", "Anchorage", "9"}, {"2018-11-01 13:00:00", "Denver", "50"},
        {"2018-11-01 17:00:00", "Anchorage", "10"}, {"2018-11-01 18:00:00", "Miami", "71"},
        {"2018-11-01 19:00:00", "Denver", "43"}, {"2018-11-02 01:00:00", "Anchorage", "4"},
        {"2018-11-02 01:00:00", "Denver", "39"}, {"2018-11-02 07:00:00", "Denver", "46"},
        {"2018-11-02 09:00:00", "Anchorage", "3"}, {"2018-11-02 13:00:00", "Denver", "56"},
        {"2018-11-02 17:00:00", "Anchorage", "2"}, {"2018-11-02 19:00:00", "Denver", "50"},
        {"2018-11-03 01:00:00", "Denver", "36"}, {"2018-11-03 01:00:00", "Anchorage", "1"}};

    private static long millis(String timestamp) {
        return LocalDateTime.parse(timestamp.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static List<String> run(String code, String input, List<String> columns, List<String> types,
            List<Object[]> rows, List<Long> rowtimes) throws Exception {
        CompiledApplication app = ApplicationCompiler.compile(code, List.of(new SqlCompiler.InputStream(
                input, columns, types)), () -> 0L, end -> { });
        List<String> out = new ArrayList<>();
        app.streams().get("OUT").subscribe((rowtime, row) -> out.add(Values.timestampText(rowtime).replace(".000", "")
                + " " + Arrays.toString(Arrays.copyOfRange(row, 1, row.length))));
        for (int i = 0; i < rows.size(); i++) {
            Object[] values = Arrays.copyOf(rows.get(i), rows.get(i).length + 1);
            app.streams().get(input).insert(rowtimes.get(i), values);
        }
        return out;
    }

    private static List<String> weather(String code) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (String[] w : WEATHER) {
            rows.add(new Object[] {w[1], Long.parseLong(w[2])});
            times.add(millis(w[0]));
        }
        return run(code, "WEATHERSTREAM", List.of("CITY", "TEMP"), List.of("VARCHAR(16)", "INTEGER"), rows, times);
    }

    @Test
    void the_global_min_and_max_of_the_day_before_each_reading_match_the_reference_table() throws Exception {
        assertThat(weather("""
                CREATE OR REPLACE STREAM "OUT" (WMIN_TEMP INTEGER, WMAX_TEMP INTEGER);
                CREATE OR REPLACE PUMP "P" AS INSERT INTO "OUT"
                 SELECT STREAM
                        MIN(TEMP) OVER W1 AS WMIN_TEMP,
                        MAX(TEMP) OVER W1 AS WMAX_TEMP
                 FROM WEATHERSTREAM
                 WINDOW W1 AS (
                    RANGE INTERVAL '1' DAY PRECEDING
                );
                """)).containsExactly(
                "2018-11-01 01:00:00 [29, 29]", "2018-11-01 01:00:00 [2, 29]", "2018-11-01 06:00:00 [2, 65]",
                "2018-11-01 07:00:00 [2, 65]", "2018-11-01 09:00:00 [2, 65]", "2018-11-01 13:00:00 [2, 65]",
                "2018-11-01 17:00:00 [2, 65]", "2018-11-01 18:00:00 [2, 71]", "2018-11-01 19:00:00 [2, 71]",
                "2018-11-02 01:00:00 [2, 71]", "2018-11-02 01:00:00 [2, 71]", "2018-11-02 07:00:00 [4, 71]",
                "2018-11-02 09:00:00 [3, 71]", "2018-11-02 13:00:00 [3, 71]", "2018-11-02 17:00:00 [2, 71]",
                "2018-11-02 19:00:00 [2, 56]", "2018-11-03 01:00:00 [2, 56]", "2018-11-03 01:00:00 [1, 56]");
    }

    @Test
    void the_per_city_min_max_and_average_match_the_reference_table() throws Exception {
        assertThat(weather("""
                CREATE OR REPLACE STREAM "OUT" (CITY VARCHAR(16), WMIN_TEMP INTEGER, WMAX_TEMP INTEGER,
                  WAVG_TEMP INTEGER);
                CREATE OR REPLACE PUMP "P" AS INSERT INTO "OUT"
                 SELECT STREAM
                        CITY,
                        MIN(TEMP) over W1 AS WMIN_TEMP,
                        MAX(TEMP) over W1 AS WMAX_TEMP,
                        AVG(TEMP) over W1 AS WAVG_TEMP
                 FROM WEATHERSTREAM
                 WINDOW W1 AS (
                        PARTITION BY CITY
                        RANGE INTERVAL '1' DAY PRECEDING
                 );
                """)).containsExactly(
                "2018-11-01 01:00:00 [Denver, 29, 29, 29]", "2018-11-01 01:00:00 [Anchorage, 2, 2, 2]",
                "2018-11-01 06:00:00 [Miami, 65, 65, 65]", "2018-11-01 07:00:00 [Denver, 29, 32, 30]",
                "2018-11-01 09:00:00 [Anchorage, 2, 9, 5]", "2018-11-01 13:00:00 [Denver, 29, 50, 37]",
                "2018-11-01 17:00:00 [Anchorage, 2, 10, 7]", "2018-11-01 18:00:00 [Miami, 65, 71, 68]",
                "2018-11-01 19:00:00 [Denver, 29, 50, 38]", "2018-11-02 01:00:00 [Anchorage, 2, 10, 6]",
                "2018-11-02 01:00:00 [Denver, 29, 50, 38]", "2018-11-02 07:00:00 [Denver, 32, 50, 42]",
                "2018-11-02 09:00:00 [Anchorage, 3, 10, 6]", "2018-11-02 13:00:00 [Denver, 39, 56, 46]",
                "2018-11-02 17:00:00 [Anchorage, 2, 10, 4]", "2018-11-02 19:00:00 [Denver, 39, 56, 46]",
                "2018-11-03 01:00:00 [Denver, 36, 56, 45]", "2018-11-03 01:00:00 [Anchorage, 1, 4, 2]");
    }

    @Test
    void a_trade_leaves_the_hours_window_an_hour_after_it_entered() throws Exception {
        List<Object[]> rows = List.of(new Object[] {"IBM", 10L}, new Object[] {"ORCL", 20L},
                new Object[] {"ORCL", 15L}, new Object[] {"IBM", 30L});
        List<Long> times = List.of(millis("2026-12-06 10:00:00"), millis("2026-12-06 10:10:00"),
                millis("2026-12-06 10:25:00"), millis("2026-12-06 11:05:00"));
        assertThat(run("""
                CREATE STREAM "OUT" (TICKER VARCHAR(4), AMOUNT INTEGER, HOURLY_VOLUME INTEGER);
                CREATE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM ticker, amount, SUM(amount)
                    OVER (
                        PARTITION BY ticker
                        RANGE INTERVAL '1' HOUR PRECEDING)
                  AS hourlyVolume
                  FROM Trades;
                """, "TRADES", List.of("TICKER", "AMOUNT"), List.of("VARCHAR(4)", "INTEGER"), rows, times))
                .containsExactly("2026-12-06 10:00:00 [IBM, 10, 10]", "2026-12-06 10:10:00 [ORCL, 20, 20]",
                        "2026-12-06 10:25:00 [ORCL, 15, 35]", "2026-12-06 11:05:00 [IBM, 30, 30]");
    }

    @Test
    void rows_windows_and_the_analytic_functions() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        long t = millis("2026-12-06 10:00:00");
        Long[] prices = {10L, 20L, null, 40L, 50L};
        for (int i = 0; i < prices.length; i++) {
            rows.add(new Object[] {"A", prices[i]});
            times.add(t + i * 1000);
        }
        assertThat(run("""
                CREATE STREAM "OUT" (PRICE INTEGER, LAST_TWO_SUM INTEGER, PREV INTEGER, PREV_KNOWN INTEGER,
                  FIRST_P INTEGER, SECOND_P INTEGER, N BIGINT, SD DOUBLE);
                CREATE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM PRICE, SUM(PRICE) OVER (ROWS 1 PRECEDING), LAG(PRICE, 1, -1) OVER W,
                         LAG(PRICE) IGNORE NULLS OVER W, FIRST_VALUE(PRICE) OVER W, NTH_VALUE(PRICE, 2) OVER W,
                         COUNT(*) OVER W, STDDEV_POP(CAST(PRICE AS DOUBLE)) OVER W
                  FROM SRC
                  WINDOW W AS (PARTITION BY TICKER ROWS 10 PRECEDING);
                """, "SRC", List.of("TICKER", "PRICE"), List.of("VARCHAR(4)", "INTEGER"), rows, times))
                .containsExactly(
                        "2026-12-06 10:00:00 [10, 10, -1, null, 10, null, 1, 0.0]",
                        "2026-12-06 10:00:01 [20, 30, 10, 10, 10, 20, 2, 5.0]",
                        "2026-12-06 10:00:02 [null, 20, 20, 20, 10, 20, 3, 5.0]",
                        "2026-12-06 10:00:03 [40, 40, null, 20, 10, 20, 4, 12.472191289246473]",
                        "2026-12-06 10:00:04 [50, 90, 40, 40, 10, 20, 5, 15.811388300841896]");
    }
}
