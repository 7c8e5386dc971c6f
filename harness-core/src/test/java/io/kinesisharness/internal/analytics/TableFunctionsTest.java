package io.kinesisharness.internal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The SQL reference's TOP_K_ITEMS_TUMBLING and COUNT_DISTINCT_ITEMS_TUMBLING examples on fixed input. */
class TableFunctionsTest {

    private static final SqlCompiler.InputStream STOCKS = new SqlCompiler.InputStream(
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
        assertThat(scores.subList(0, 256)).as("the reference: 0 for the first subSampleSize rows, while it learns")
                .containsOnly(0d);
        assertThat(scores.get(256)).isPositive();
        double outlier = scores.get(600);
        double usual = scores.subList(500, 600).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(usual).isPositive();
        assertThat(outlier).as("the price of 100 after 600 near 10").isGreaterThan(2 * usual)
                .isEqualTo(scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        assertThat(anomalyScores()).as("seeded: the same input, the same scores").isEqualTo(scores);
    }

    /** Readings near 110/70, then 144/123: each row's score and explanation, from the guide's application. */
    private static List<Object[]> bloodPressure(String directionality) throws Exception {
        CompiledApplication app = ApplicationCompiler.compile("""
                CREATE OR REPLACE STREAM "TEMP_STREAM" (
                        "Systolic"                  INTEGER,
                        "Diastolic"                 INTEGER,
                        "BloodPressureLevel"        varchar(20),
                        "ANOMALY_SCORE"             DOUBLE,
                        "ANOMALY_EXPLANATION"       varchar(512));
                CREATE OR REPLACE PUMP "STREAM_PUMP" AS
                   INSERT INTO "TEMP_STREAM"
                      SELECT STREAM "Systolic", "Diastolic", "BloodPressureLevel", ANOMALY_SCORE, ANOMALY_EXPLANATION
                      FROM TABLE(RANDOM_CUT_FOREST_WITH_EXPLANATION(
                              CURSOR(SELECT STREAM * FROM "SOURCE_SQL_STREAM_001"), 100, 256, 100000, 1, %s));
                """.formatted(directionality), List.of(new SqlCompiler.InputStream("SOURCE_SQL_STREAM_001",
                List.of("Systolic", "Diastolic", "BloodPressureLevel"), List.of("INTEGER", "INTEGER", "VARCHAR(8)"))),
                () -> 0L, end -> { });
        List<Object[]> rows = new ArrayList<>();
        app.streams().get("TEMP_STREAM").subscribe((rowtime, row) -> rows.add(row));
        long seed = 11;
        long t = at("10:00:00");
        for (int i = 0; i < 400; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            long systolic = 100 + (seed >>> 33) % 20;
            long diastolic = 60 + (seed >>> 45) % 20;
            app.streams().get("SOURCE_SQL_STREAM_001").insert(t + i, new Object[] {systolic, diastolic, "NORMAL", t});
        }
        app.streams().get("SOURCE_SQL_STREAM_001").insert(t + 400, new Object[] {144L, 123L, "HIGH", t});
        return rows;
    }

    @Test
    void an_explanation_is_json_whatever_its_column_names_hold() throws Exception {
        CompiledApplication app = ApplicationCompiler.compile("""
                CREATE OR REPLACE STREAM "OUT" ("ANOMALY_EXPLANATION" varchar(512));
                CREATE OR REPLACE PUMP "P" AS INSERT INTO "OUT"
                  SELECT STREAM ANOMALY_EXPLANATION FROM TABLE(RANDOM_CUT_FOREST_WITH_EXPLANATION(
                    CURSOR(SELECT STREAM * FROM "SOURCE_SQL_STREAM_001"), 10, 16, 1000, 1, true));
                """, List.of(new SqlCompiler.InputStream("SOURCE_SQL_STREAM_001",
                List.of("say \"hi\"", "tab\there\\"), List.of("INTEGER", "INTEGER"))), () -> 0L, end -> { });
        List<String> out = new ArrayList<>();
        app.streams().get("OUT").subscribe((rowtime, row) -> out.add((String) row[1]));
        app.streams().get("SOURCE_SQL_STREAM_001").insert(at("10:00:00"), new Object[] {1L, 2L, at("10:00:00")});
        com.fasterxml.jackson.databind.JsonNode explanation = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.get(0));
        assertThat(explanation.fieldNames()).toIterable().containsExactly("say \"hi\"", "tab\there\\");
    }

    @Test
    void random_cut_forest_with_explanation_attributes_the_score_to_columns_with_directions() throws Exception {
        List<Object[]> rows = bloodPressure("true");
        assertThat(rows).hasSize(401);
        assertThat((String) rows.get(0)[5]).isEqualTo("{\"Systolic\":{\"DIRECTION\":\"LOW\",\"STRENGTH\":\"0.0000\","
                + "\"ATTRIBUTION_SCORE\":\"0.0000\"},\"Diastolic\":{\"DIRECTION\":\"LOW\",\"STRENGTH\":\"0.0000\","
                + "\"ATTRIBUTION_SCORE\":\"0.0000\"}}");
        Object[] high = rows.get(400);
        com.fasterxml.jackson.databind.JsonNode explanation = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree((String) high[5]);
        assertThat(explanation.get("Systolic").get("DIRECTION").asText()).isEqualTo("HIGH");
        assertThat(explanation.get("Diastolic").get("DIRECTION").asText()).isEqualTo("HIGH");
        double systolic = Double.parseDouble(explanation.get("Systolic").get("ATTRIBUTION_SCORE").asText());
        double diastolic = Double.parseDouble(explanation.get("Diastolic").get("ATTRIBUTION_SCORE").asText());
        assertThat(systolic + diastolic).as("the attributions add up to the score").isCloseTo((Double) high[4],
                org.assertj.core.data.Offset.offset(0.0002));
        assertThat(diastolic).as("123 is further from 60-80 than 144 from 100-120").isGreaterThan(systolic);
        assertThat((Double) high[4]).isGreaterThan(2 * (Double) rows.get(399)[4]);
        assertThat(bloodPressure("true").get(400)).as("seeded: it repeats").isEqualTo(high);
        assertThat((String) bloodPressure("false").get(400)[5]).as("without directions: attributions only")
                .matches("\\{\"Systolic\":\\{\"ATTRIBUTION_SCORE\":\"[0-9.]+\"},"
                        + "\"Diastolic\":\\{\"ATTRIBUTION_SCORE\":\"[0-9.]+\"}}");
    }

    @Test
    void machine_learning_functions_refuse_parameters_out_of_the_references_ranges() {
        for (String call : List.of("RANDOM_CUT_FOREST(CURSOR(SELECT STREAM * FROM SOURCE_SQL_STREAM_001), 100, 5, 100000, 1)",
                "RANDOM_CUT_FOREST_WITH_EXPLANATION(CURSOR(SELECT STREAM * FROM SOURCE_SQL_STREAM_001), 0)",
                "HOTSPOTS(CURSOR(SELECT STREAM * FROM SOURCE_SQL_STREAM_001), 50, 0.2, 17)",
                "HOTSPOTS(CURSOR(SELECT STREAM * FROM SOURCE_SQL_STREAM_001), 100, 0.2, 101)")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ApplicationCompiler.compile(
                    "CREATE STREAM \"OUT\" (PRICE REAL);\nCREATE PUMP \"P\" AS INSERT INTO \"OUT\"\n"
                            + "SELECT STREAM PRICE FROM TABLE(" + call + ");", List.of(STOCKS), () -> 0L, end -> { }))
                    .as(call).isInstanceOf(io.kinesisharness.internal.analytics.engine.SqlCodeException.class)
                    .hasMessageContaining("must be between");
        }
    }

    @Test
    void hotspots_finds_the_dense_square_of_the_guides_generator() throws Exception {
        CompiledApplication app = ApplicationCompiler.compile("""
                CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (
                    "x" DOUBLE,
                    "y" DOUBLE,
                    "is_hot" VARCHAR(4),
                    HOTSPOTS_RESULT VARCHAR(10000)
                );
                CREATE OR REPLACE PUMP "STREAM_PUMP" AS
                    INSERT INTO "DESTINATION_SQL_STREAM"
                    SELECT "x", "y", "is_hot", "HOTSPOTS_RESULT"
                    FROM TABLE (
                        HOTSPOTS(
                            CURSOR(SELECT STREAM "x", "y", "is_hot" FROM "SOURCE_SQL_STREAM_001"),
                            1000,
                            0.2,
                            17)
                    );
                """, List.of(new SqlCompiler.InputStream("SOURCE_SQL_STREAM_001", List.of("x", "y", "is_hot"),
                List.of("DOUBLE", "DOUBLE", "VARCHAR(4)"))), () -> 0L, end -> { });
        List<String> results = new ArrayList<>();
        app.streams().get("DESTINATION_SQL_STREAM").subscribe((rowtime, row) -> results.add((String) row[4]));
        // The guide's generator: a 10 x 10 field, a fifth of the points in a 1 x 1 square (here at 3..4, 6..7).
        java.util.Random random = new java.util.Random(5);
        long t = at("10:00:00");
        for (int i = 0; i < 1000; i++) {
            boolean hot = i % 5 == 0;
            double x = hot ? 3 + random.nextDouble() : 10 * random.nextDouble();
            double y = hot ? 6 + random.nextDouble() : 10 * random.nextDouble();
            app.streams().get("SOURCE_SQL_STREAM_001").insert(t + i, new Object[] {x, y, hot ? "Y" : "N", t});
        }
        assertThat(results).hasSize(1000);
        assertThat(results.get(0)).isEqualTo("{\"hotspots\":[]}");
        // The guide's viewer keeps hotspots of density 40 or more, from the latest row.
        List<com.fasterxml.jackson.databind.JsonNode> dense = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(results.get(999)).get("hotspots")
                .forEach(h -> {
                    if (h.get("density").asDouble() >= 40) {
                        dense.add(h);
                    }
                });
        assertThat(dense).hasSize(1);
        com.fasterxml.jackson.databind.JsonNode square = dense.get(0);
        assertThat(square.get("minValues").get(0).asDouble()).isBetween(2.7, 3.3);
        assertThat(square.get("maxValues").get(0).asDouble()).isBetween(3.7, 4.3);
        assertThat(square.get("minValues").get(1).asDouble()).isBetween(5.7, 6.3);
        assertThat(square.get("maxValues").get(1).asDouble()).isBetween(6.7, 7.3);
        assertThat(square.get("minValues")).as("only the numeric columns").hasSize(2);
    }

    @Test
    void a_value_the_forest_cannot_hold_fails_its_row_and_the_forest_goes_on() throws Exception {
        CompiledApplication app = ApplicationCompiler.compile("""
                CREATE OR REPLACE STREAM "OUT" ("PRICE" REAL, "ANOMALY_SCORE" DOUBLE);
                CREATE OR REPLACE PUMP "P" AS INSERT INTO "OUT"
                   SELECT STREAM "PRICE", "ANOMALY_SCORE" FROM
                     TABLE(RANDOM_CUT_FOREST(CURSOR(SELECT STREAM "PRICE" FROM "SOURCE_SQL_STREAM_001"), 10, 10, 100, 1));
                """, List.of(STOCKS), () -> 0L, end -> { });
        List<Object> scores = new ArrayList<>();
        List<Object> errors = new ArrayList<>();
        app.streams().get("OUT").subscribe((rowtime, row) -> scores.add(row[2]));
        app.streams().get("error_stream").subscribe((rowtime, row) -> errors.add(row[4]));
        long t = at("10:00:00");
        for (int i = 0; i < 20; i++) {
            double price = i == 12 ? Double.NaN : 10 + i % 3;
            app.streams().get("SOURCE_SQL_STREAM_001").insert(t + i, new Object[] {"AMZN", "TECH", 0d, price, t});
        }
        assertThat(scores).hasSize(19);
        assertThat(errors).containsExactly("RANDOM_CUT_FOREST cannot use NaN");
    }
}
