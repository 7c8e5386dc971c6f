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
}
