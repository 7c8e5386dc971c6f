package io.kinesisharness.internal.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.SqlCodeException;
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
 * The developer guide's "Stagger Windows" page: the same four trades through its tumbling window (partial results)
 * and its stagger window (complete results), each compared with the page's result table.
 */
class StaggerWindowTest {

    /** ROWTIME, EVENT_TIME: the page's four AMZN trades. */
    private static final String[][] TRADES = {{"11:00:20", "11:00:10"}, {"11:00:30", "11:00:20"},
        {"11:01:05", "11:00:55"}, {"11:01:15", "11:01:05"}};

    private static long at(String time) {
        return LocalDateTime.parse("2026-12-06T" + time).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static List<String> run(String code) throws Exception {
        long[] now = {0};
        List<Long> wakes = new ArrayList<>();
        CompiledApplication app = ApplicationCompiler.compile(code, List.of(new SqlCompiler.InputStream(
                "SOURCE_SQL_STREAM_001", List.of("EVENT_TIME", "TICKER_SYMBOL"), List.of("TIMESTAMP", "VARCHAR(4)"))),
                () -> now[0], wakes::add);
        List<String> out = new ArrayList<>();
        app.streams().get("DESTINATION_SQL_STREAM").subscribe((rowtime, row) -> out.add(Values.timestampText(rowtime)
                .substring(11, 19) + " " + Arrays.toString(Arrays.copyOfRange(row, 1, row.length))
                .replace(String.valueOf(at("11:00:00")), "11:00:00").replace(String.valueOf(at("11:01:00")), "11:01:00")));
        for (String[] t : TRADES) {
            now[0] = at(t[0]);
            app.advance(now[0]);
            app.streams().get("SOURCE_SQL_STREAM_001").insert(now[0], new Object[] {at(t[1]), "AMZN", now[0]});
        }
        // The clock moves on: every window's end comes.
        for (long wake : wakes.stream().sorted().toList()) {
            app.advance(wake);
        }
        app.advance(at("11:05:00"));
        return out;
    }

    @Test
    void a_tumbling_window_gives_the_pages_partial_results() throws Exception {
        // The page's listing declares two columns for three select items; the destination here has all three.
        assertThat(run("""
                CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (
                    TICKER_SYMBOL VARCHAR(4),
                    EVENT_TIME TIMESTAMP,
                    TICKER_COUNT     DOUBLE);

                CREATE OR REPLACE PUMP "STREAM_PUMP" AS
                  INSERT INTO "DESTINATION_SQL_STREAM"
                    SELECT STREAM
                        TICKER_SYMBOL,
                        FLOOR(EVENT_TIME TO MINUTE),
                        COUNT(TICKER_SYMBOL) AS TICKER_COUNT
                    FROM "SOURCE_SQL_STREAM_001"
                    GROUP BY ticker_symbol, FLOOR(EVENT_TIME TO MINUTE), STEP("SOURCE_SQL_STREAM_001".ROWTIME BY INTERVAL '1' MINUTE);
                """)).containsExactly("11:01:00 [AMZN, 11:00:00, 2.0]", "11:02:00 [AMZN, 11:00:00, 1.0]",
                "11:02:00 [AMZN, 11:01:00, 1.0]");
    }

    @Test
    void a_stagger_window_gives_the_pages_complete_results() throws Exception {
        assertThat(run("""
                CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (
                    ticker_symbol    VARCHAR(4),
                    event_time       TIMESTAMP,
                    ticker_count     DOUBLE);

                CREATE OR REPLACE PUMP "STREAM_PUMP" AS
                  INSERT INTO "DESTINATION_SQL_STREAM"
                    SELECT STREAM
                        TICKER_SYMBOL,
                        FLOOR(EVENT_TIME TO MINUTE),
                        COUNT(TICKER_SYMBOL) AS ticker_count
                    FROM "SOURCE_SQL_STREAM_001"
                    WINDOWED BY STAGGER (
                            PARTITION BY FLOOR(EVENT_TIME TO MINUTE), TICKER_SYMBOL RANGE INTERVAL '1' MINUTE);
                """)).containsExactly("11:01:20 [AMZN, 11:00:00, 3.0]", "11:02:15 [AMZN, 11:01:00, 1.0]");
    }

    @Test
    void a_stagger_window_takes_having_and_errors_keep_their_positions() throws Exception {
        assertThat(run("""
                CREATE STREAM "DESTINATION_SQL_STREAM" (T VARCHAR(4), N BIGINT);
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM TICKER_SYMBOL, COUNT(*) FROM "SOURCE_SQL_STREAM_001"
                  WINDOWED BY STAGGER (PARTITION BY TICKER_SYMBOL RANGE INTERVAL '30' SECOND)
                  HAVING COUNT(*) > 2;
                """)).isEmpty();
        assertThat(run("""
                CREATE STREAM "DESTINATION_SQL_STREAM" (T VARCHAR(4), N BIGINT);
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM TICKER_SYMBOL, COUNT(*) FROM "SOURCE_SQL_STREAM_001"
                  WHERE EVENT_TIME > TIMESTAMP '2026-12-06 11:00:15'
                  WINDOWED BY STAGGER (PARTITION BY TICKER_SYMBOL RANGE INTERVAL '30' SECOND)
                  HAVING COUNT(*) > 1;
                """)).as("the second trade opens the first window; the third opens another with the fourth")
                .containsExactly("11:01:35 [AMZN, 2]");
        assertThatThrownBy(() -> run("""
                CREATE STREAM "DESTINATION_SQL_STREAM" (T VARCHAR(4), N BIGINT);
                CREATE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM TICKER_SYMBOL, COUNT(*) FROM "SOURCE_SQL_STREAM_001"
                  WINDOWED BY STAGGER (PARTITION BY NO_SUCH RANGE INTERVAL '30' SECOND);
                """)).isInstanceOf(SqlCodeException.class)
                .hasMessageStartingWith("SQL error at line 4, column 37: Column 'NO_SUCH' not found");
    }
}
