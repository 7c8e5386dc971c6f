package io.kinesisharness.internal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.Values;
import io.kinesisharness.internal.analytics.sql.ApplicationCompiler;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL reference's TOP_K_ITEMS_TUMBLING and COUNT_DISTINCT_ITEMS_TUMBLING examples on fixed input. */
class TableFunctionsTest {

    private static final ApplicationCompiler.InputStream STOCKS = new ApplicationCompiler.InputStream(
            "SOURCE_SQL_STREAM_001", List.of("TICKER_SYMBOL", "SECTOR", "CHANGE", "PRICE"),
            List.of("VARCHAR(4)", "VARCHAR(16)", "REAL", "REAL"));

    private static long at(String time) {
        return LocalDateTime.parse("2026-12-06T" + time).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static List<String> run(String code, String... tickersEachTenSeconds) throws Exception {
        CompiledApplication app = ApplicationCompiler.compile(code, List.of(STOCKS), () -> 0L, end -> { });
        List<String> out = new ArrayList<>();
        app.streams().get("DESTINATION_SQL_STREAM").subscribe((rowtime, row) -> out.add(
                Values.timestampText(rowtime).substring(11, 19) + " "
                        + Arrays.toString(Arrays.copyOfRange(row, 1, row.length))));
        long t = at("10:00:00");
        for (String tickers : tickersEachTenSeconds) {
            for (String ticker : tickers.split(" ")) {
                app.streams().get("SOURCE_SQL_STREAM_001").insert(t, new Object[] {ticker, "X", 0d, 1d, t});
            }
            t += 10_000;
        }
        app.advance(at("10:05:00"));
        return out;
    }

    @Test
    void top_k_items_gives_the_most_frequent_values_of_each_window_at_its_end() throws Exception {
        assertThat(run("""
                CREATE OR REPLACE STREAM DESTINATION_SQL_STREAM (
                  "TICKER_SYMBOL" VARCHAR(4),
                  "MOST_FREQUENT_VALUES" BIGINT
                );

                CREATE OR REPLACE PUMP "STREAM_PUMP" AS
                    INSERT INTO "DESTINATION_SQL_STREAM"
                    SELECT STREAM *
                        FROM TABLE (TOP_K_ITEMS_TUMBLING(
                            CURSOR(SELECT STREAM * FROM "SOURCE_SQL_STREAM_001"),
                            'TICKER_SYMBOL',         -- name of column in single quotes
                            2,                       -- number of the most frequent values
                            30                       -- tumbling window size in seconds
                            )
                        );
                """, "AMZN MSFT", "MSFT IBM", "MSFT AMZN", "XOM", "XOM XOM AMZN"))
                .containsExactly("10:00:30 [MSFT, 3]", "10:00:30 [AMZN, 2]", "10:01:00 [XOM, 3]",
                        "10:01:00 [AMZN, 1]");
    }

    @Test
    void count_distinct_items_gives_one_count_per_window() throws Exception {
        assertThat(run("""
                CREATE OR REPLACE STREAM DESTINATION_SQL_STREAM (
                    NUMBER_OF_DISTINCT_ITEMS BIGINT);

                CREATE OR REPLACE PUMP "STREAM_PUMP" AS
                   INSERT INTO "DESTINATION_SQL_STREAM"
                      SELECT STREAM *
                      FROM TABLE(COUNT_DISTINCT_ITEMS_TUMBLING(
                          CURSOR(SELECT STREAM * FROM "SOURCE_SQL_STREAM_001"),  -- pointer to the data stream
                            'TICKER_SYMBOL',                                     -- name of column in single quotes
                            60                                                   -- tumbling window size in seconds
                      )
                );
                """, "AMZN MSFT", "MSFT IBM", "MSFT AMZN", "XOM", "XOM XOM AMZN", "IBM", "GE"))
                .containsExactly("10:01:00 [4]", "10:02:00 [1]");
    }

    /** The guide's anomaly example over 600 trades near a price of 10, then one at 100; the scores of one run. */
    private static List<Double> anomalyScores() throws Exception {
        CompiledApplication app = ApplicationCompiler.compile("""
                CREATE OR REPLACE STREAM "TEMP_STREAM" (
                   "TICKER_SYMBOL"     VARCHAR(4),
                   "SECTOR"            VARCHAR(16),
                   "CHANGE"            REAL,
                   "PRICE"             REAL,
                   "ANOMALY_SCORE"     DOUBLE);
                CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "TEMP_STREAM"
                   SELECT STREAM "TICKER_SYMBOL", "SECTOR", "CHANGE", "PRICE", "ANOMALY_SCORE" FROM
                     TABLE(RANDOM_CUT_FOREST(
                       CURSOR(SELECT STREAM * FROM "SOURCE_SQL_STREAM_001")
                     )
                   );
                """, List.of(STOCKS), () -> 0L, end -> { });
        List<Double> scores = new ArrayList<>();
        app.streams().get("TEMP_STREAM").subscribe((rowtime, row) -> {
            assertThat(row).hasSize(6);
            scores.add((Double) row[5]);
        });
        long seed = 7;
        long t = at("10:00:00");
        for (int i = 0; i < 600; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double price = 10 + ((seed >>> 33) % 1000) / 1000.0;
            app.streams().get("SOURCE_SQL_STREAM_001").insert(t + i, new Object[] {"AMZN", "TECH", 0.1, price, t});
        }
        app.streams().get("SOURCE_SQL_STREAM_001").insert(t + 600, new Object[] {"AMZN", "TECH", 0.1, 100d, t});
        return scores;
    }

    @Test
    void random_cut_forest_scores_each_row_by_the_rows_before_it_and_repeats_run_after_run() throws Exception {
        List<Double> scores = anomalyScores();
        assertThat(scores).hasSize(601);
        assertThat(scores.get(0)).as("an empty forest scores nothing").isZero();
        double outlier = scores.get(600);
        double usual = scores.subList(500, 600).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(usual).isPositive();
        assertThat(outlier).as("the price of 100 after 600 near 10").isGreaterThan(2 * usual)
                .isEqualTo(scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        assertThat(anomalyScores()).as("seeded: the same input, the same scores").isEqualTo(scores);
    }
}
