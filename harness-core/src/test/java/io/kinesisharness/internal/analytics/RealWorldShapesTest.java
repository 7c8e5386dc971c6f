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
 * Applications written the way published KDA applications are (Terraform modules, samples): the constructs they
 * combine, in programs of this project's own. Each must compile against its inputs and produce what it means to.
 */
class RealWorldShapesTest {

    private static long at(String time) {
        return LocalDateTime.parse("2026-12-06T" + time).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static List<String> collect(CompiledApplication app, String stream) {
        List<String> out = new ArrayList<>();
        app.streams().get(stream).subscribe((rowtime, row) -> out.add(Values.timestampText(rowtime).substring(11, 19)
                + " " + Arrays.toString(Arrays.copyOfRange(row, 1, row.length))));
        return out;
    }

    @Test
    void click_sessions_in_a_stagger_window_keyed_by_a_stepped_event_time() throws Exception {
        String code = """
                -- One row per visitor session: 30-second steps of the click's own time.
                CREATE OR REPLACE STREAM "SESSIONS" (
                  session_key VARCHAR(40), visitor INTEGER, platform VARCHAR(8), bucket TIMESTAMP, clicks INTEGER,
                  first_page VARCHAR(16), last_page VARCHAR(16), started VARCHAR(12), seconds INTEGER);
                CREATE OR REPLACE PUMP "SESSION_PUMP" AS INSERT INTO "SESSIONS"
                  SELECT STREAM
                    UPPER(CAST("visitor" AS VARCHAR(4)) || '-' || SUBSTRING("platform", 1, 3)
                      || CAST(UNIX_TIMESTAMP(STEP("clicked_at" by interval '30' second)) / 1000 AS VARCHAR(12))),
                    "visitor", "platform",
                    STEP("clicked_at" by interval '30' second),
                    COUNT("page") clicks,
                    first_value("page") AS first_page,
                    last_value("page") AS last_page,
                    SUBSTRING(CAST(MIN("clicked_at") AS VARCHAR(25)), 12, 8),
                    TSDIFF(MAX("clicked_at"), MIN("clicked_at")) / 1000
                  FROM "SOURCE_SQL_STREAM_001"
                  WINDOWED BY STAGGER (
                    PARTITION BY "visitor", "platform", STEP("clicked_at" by interval '30' second)
                    RANGE INTERVAL '30' SECOND);
                """;
        CompiledApplication app = ApplicationCompiler.compile(code, List.of(new SqlCompiler.InputStream(
                "SOURCE_SQL_STREAM_001", List.of("visitor", "platform", "page", "clicked_at"),
                List.of("INTEGER", "VARCHAR(8)", "VARCHAR(16)", "TIMESTAMP"))), () -> 0L, end -> { });
        List<String> out = collect(app, "SESSIONS");
        var in = app.streams().get("SOURCE_SQL_STREAM_001");
        in.insert(at("10:00:01"), new Object[] {7L, "android", "home", at("10:00:00"), null});
        in.insert(at("10:00:05"), new Object[] {7L, "android", "cart", at("10:00:04"), null});
        in.insert(at("10:00:20"), new Object[] {7L, "android", "pay", at("10:00:19"), null});
        in.insert(at("10:00:40"), new Object[] {7L, "android", "home", at("10:00:39"), null});
        app.advance(at("10:02:00"));
        long bucket = at("10:00:00") / 1000;
        assertThat(out).containsExactly(
                "10:00:31 [7-AND" + bucket + ", 7, android, " + at("10:00:00") + ", 3, home, pay, 10:00:00, 19]",
                "10:01:10 [7-AND" + (bucket + 30) + ", 7, android, " + at("10:00:30") + ", 1, home, home, 10:00:39,"
                        + " 0]");
    }

    @Test
    void sensor_readings_joined_to_their_station_averaged_over_a_minute_and_alerts_throttled() throws Exception {
        String code = """
                CREATE OR REPLACE STREAM "NAMED" ("sensor" INT, "station" VARCHAR(32), "read_at" TIMESTAMP,
                  "celsius" DECIMAL(4,1));
                CREATE OR REPLACE PUMP "NAME_PUMP" AS INSERT INTO "NAMED"
                  SELECT STREAM r."sensor", s."station", r."read_at", r."celsius"
                  FROM "SOURCE_SQL_STREAM_001" AS r
                  INNER JOIN "STATIONS" AS s ON r."sensor" = s."sensor";

                CREATE OR REPLACE STREAM "AVERAGES" ("sensor" INT, "station" VARCHAR(32), "since" TIMESTAMP,
                  "avg_celsius" DECIMAL(4,1), "readings" INT);
                CREATE OR REPLACE PUMP "AVG_PUMP" AS INSERT INTO "AVERAGES"
                  SELECT STREAM "sensor", "station",
                    MIN("read_at") OVER LAST_MINUTE AS "since",
                    AVG("celsius") OVER LAST_MINUTE AS "avg_celsius",
                    COUNT(*) OVER LAST_MINUTE AS "readings"
                  FROM "NAMED"
                  WINDOW LAST_MINUTE AS (PARTITION BY "sensor", "station" RANGE INTERVAL '1' MINUTE PRECEDING);

                CREATE OR REPLACE STREAM "HOT" ("sensor" INT, "station" VARCHAR(32), "read_at" TIMESTAMP,
                  "celsius" DECIMAL(4,1));
                CREATE OR REPLACE PUMP "HOT_PUMP" AS INSERT INTO "HOT"
                  SELECT STREAM "sensor", "station", "read_at", "celsius" FROM "NAMED" WHERE "celsius" > 40;

                -- At most one alert per sensor every two minutes.
                CREATE OR REPLACE STREAM "ALERTS" ("sensor" INT, "station" VARCHAR(32), "first_at" TIMESTAMP,
                  "hottest" DECIMAL(4,1), "readings" INT);
                CREATE OR REPLACE PUMP "ALERT_PUMP" AS INSERT INTO "ALERTS"
                  SELECT STREAM "sensor", "station", MIN("read_at"), MAX("celsius"), COUNT(*)
                  FROM "HOT"
                  WINDOWED BY STAGGER (
                    PARTITION BY "sensor", "station", STEP("read_at" BY INTERVAL '2' MINUTE)
                    RANGE INTERVAL '2' MINUTE);
                """;
        SqlCompiler.ReferenceTable stations = new SqlCompiler.ReferenceTable("STATIONS",
                List.of("sensor", "station"), List.of("INT", "VARCHAR(32)"),
                types -> List.of(new Object[] {1L, "Harbour"}, new Object[] {2L, "Airport"}));
        CompiledApplication app = ApplicationCompiler.compile(code, List.of(new SqlCompiler.InputStream(
                "SOURCE_SQL_STREAM_001", List.of("sensor", "read_at", "celsius"),
                List.of("INT", "TIMESTAMP", "DECIMAL(4,1)"))), List.of(stations), () -> 0L, end -> { });
        List<String> averages = collect(app, "AVERAGES");
        List<String> alerts = collect(app, "ALERTS");
        var in = app.streams().get("SOURCE_SQL_STREAM_001");
        in.insert(at("10:00:00"), new Object[] {1L, at("10:00:00"), new java.math.BigDecimal("41.0"), null});
        in.insert(at("10:00:30"), new Object[] {1L, at("10:00:30"), new java.math.BigDecimal("43.0"), null});
        in.insert(at("10:00:40"), new Object[] {3L, at("10:00:40"), new java.math.BigDecimal("50.0"), null});
        in.insert(at("10:01:10"), new Object[] {1L, at("10:01:10"), new java.math.BigDecimal("39.0"), null});
        app.advance(at("10:05:00"));
        assertThat(averages).containsExactly(
                "10:00:00 [1, Harbour, " + at("10:00:00") + ", 41.0, 1]",
                "10:00:30 [1, Harbour, " + at("10:00:00") + ", 42.0, 2]",
                "10:01:10 [1, Harbour, " + at("10:00:30") + ", 41.0, 2]");
        assertThat(alerts).containsExactly("10:02:00 [1, Harbour, " + at("10:00:00") + ", 43.0, 2]");
    }

    /** Orders counted per state and minute of their own time, which the application declares ascending. */
    private static CompiledApplication ordersPerStateAndMinute() throws Exception {
        String code = """
                CREATE STREAM "PER_STATE" ("state" VARCHAR(2), "orders" BIGINT, "minute" TIMESTAMP);
                CREATE PUMP "STATE_PUMP" AS INSERT INTO "PER_STATE"
                  SELECT STREAM "state", COUNT(*), FLOOR(MONOTONIC("ordered_at") TO MINUTE)
                  FROM "SOURCE_SQL_STREAM_001"
                  GROUP BY FLOOR(MONOTONIC("ordered_at") TO MINUTE), "state";
                """;
        return ApplicationCompiler.compile(code, List.of(new SqlCompiler.InputStream(
                "SOURCE_SQL_STREAM_001", List.of("state", "ordered_at"), List.of("VARCHAR(2)", "TIMESTAMP"))),
                () -> 0L, end -> { });
    }

    @Test
    void orders_per_state_and_minute_of_their_own_time_declared_monotonic() throws Exception {
        CompiledApplication app = ordersPerStateAndMinute();
        List<String> out = collect(app, "PER_STATE");
        var in = app.streams().get("SOURCE_SQL_STREAM_001");
        in.insert(at("10:05:00"), new Object[] {"WA", at("09:00:10"), null});
        in.insert(at("10:05:01"), new Object[] {"OR", at("09:00:20"), null});
        in.insert(at("10:05:02"), new Object[] {"WA", at("09:00:50"), null});
        app.advance(at("11:00:00"));
        assertThat(out).as("the clock closes nothing: only a later key does").isEmpty();
        in.insert(at("11:00:00"), new Object[] {"WA", at("09:01:05"), null});
        assertThat(out).containsExactly("11:00:00 [WA, 2, " + at("09:00:00") + "]",
                "11:00:00 [OR, 1, " + at("09:00:00") + "]");
    }

    @Test
    void a_monotonic_group_closes_on_any_later_key_even_after_a_late_row_and_a_null_key_never_closes()
            throws Exception {
        CompiledApplication app = ordersPerStateAndMinute();
        List<String> out = collect(app, "PER_STATE");
        var in = app.streams().get("SOURCE_SQL_STREAM_001");
        in.insert(at("10:00:01"), new Object[] {"WA", at("09:00:10"), null});
        in.insert(at("10:00:02"), new Object[] {"OR", at("09:00:20"), null});
        in.insert(at("10:00:03"), new Object[] {"CA", at("09:01:05"), null});
        in.insert(at("10:00:04"), new Object[] {"WA", at("09:00:40"), null});
        in.insert(at("10:00:05"), new Object[] {"WA", at("09:01:30"), null});
        in.insert(at("10:00:06"), new Object[] {"OR", null, null});
        in.insert(at("10:00:07"), new Object[] {"OR", at("09:02:00"), null});
        assertThat(out).containsExactly(
                "10:00:03 [WA, 1, " + at("09:00:00") + "]", "10:00:03 [OR, 1, " + at("09:00:00") + "]",
                "10:00:05 [WA, 1, " + at("09:00:00") + "]",
                "10:00:07 [CA, 1, " + at("09:01:00") + "]", "10:00:07 [WA, 1, " + at("09:01:00") + "]");
    }
}
