package io.kinesisharness.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * AWS's documented example applications through the harness's one-call API ({@link HarnessAnalytics}), under a
 * MANUAL clock: windows on ROWTIME and on an event time, CSV and JSON mappings, string transformations, the error
 * stream, records read from the Kinesis stream or pushed.
 */
class AnalyticsApplicationTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    private KinesisHarness harness;
    private HarnessAnalytics analytics;
    private KinesisClient kinesis;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(T0).stream("stocks", 2)
                .stream("out", 1).start();
        analytics = harness.analytics();
        kinesis = KinesisClient.builder().endpointOverride(URI.create(harness.endpoint().toString()))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build();
    }

    @AfterEach
    void stop() {
        kinesis.close();
        harness.close();
    }

    /** Writes records to the input stream, in order on one shard; the application reads them at its next read. */
    private void put(String... records) {
        for (String r : records) {
            kinesis.putRecord(b -> b.streamName("stocks").partitionKey("same").data(SdkBytes.fromUtf8String(r)));
        }
    }

    private static AnalyticsApplication.Builder stocks(String name, String code) {
        return AnalyticsApplication.builder(name).code(code).input("stocks")
                .column("TICKER_SYMBOL", "VARCHAR(4)").column("SECTOR", "VARCHAR(16)")
                .column("CHANGE", "REAL").column("PRICE", "REAL");
    }

    private static String stock(String ticker, String sector, double change, double price) {
        return "{\"TICKER_SYMBOL\":\"" + ticker + "\",\"SECTOR\":\"" + sector + "\",\"CHANGE\":" + change
                + ",\"PRICE\":" + price + "}";
    }

    @Test
    void the_tumbling_window_guide_example_reports_min_and_max_per_ticker_each_minute_at_its_end() {
        analytics.start(stocks("minmax", """
                CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (ROWTIME_TS TIMESTAMP, TICKER_SYMBOL VARCHAR(4),
                  MIN_PRICE REAL, MAX_PRICE REAL);
                CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"
                SELECT STREAM ROWTIME,
                              Ticker_Symbol,
                              MIN(Price) AS Price,
                              MAX(Price) AS Price
                FROM     "SOURCE_SQL_STREAM_001"
                GROUP BY Ticker_Symbol,
                         STEP("SOURCE_SQL_STREAM_001".ROWTIME BY INTERVAL '60' SECOND);
                """).build());
        analytics.push("minmax", List.of(stock("AMZN", "TECH", 0, 100), stock("AMZN", "TECH", 0, 90)));
        harness.clock().advance(Duration.ofSeconds(20));
        analytics.push("minmax", List.of(stock("AMZN", "TECH", 0, 120), stock("XOM", "ENERGY", 0, 50)));
        harness.clock().advance(Duration.ofSeconds(39));
        assertThat(analytics.received("minmax", "DESTINATION_SQL_STREAM")).isEmpty();
        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(analytics.received("minmax", "DESTINATION_SQL_STREAM")).containsExactly(
                "{\"ROWTIME_TS\":\"2026-12-06 10:01:00.000\",\"TICKER_SYMBOL\":\"AMZN\",\"MIN_PRICE\":90.0,"
                        + "\"MAX_PRICE\":120.0}",
                "{\"ROWTIME_TS\":\"2026-12-06 10:01:00.000\",\"TICKER_SYMBOL\":\"XOM\",\"MIN_PRICE\":50.0,"
                        + "\"MAX_PRICE\":50.0}");
    }

    @Test
    void a_tumbling_window_on_an_event_time_groups_by_the_records_own_minute() {
        analytics.start(AnalyticsApplication.builder("events").input("stocks")
                .column("EVENT_TIME", "TIMESTAMP").column("TICKER", "VARCHAR(4)").code("""
                        CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (EVENT_TIME TIMESTAMP,
                          TICKER VARCHAR(4), TICKER_COUNT INTEGER);
                        CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"
                        SELECT STREAM STEP("SOURCE_SQL_STREAM_001".EVENT_TIME BY INTERVAL '60' SECOND) AS EVENT_TIME,
                               TICKER, COUNT(TICKER) AS TICKER_COUNT
                        FROM "SOURCE_SQL_STREAM_001"
                        GROUP BY STEP("SOURCE_SQL_STREAM_001".ROWTIME BY INTERVAL '60' SECOND),
                                 STEP("SOURCE_SQL_STREAM_001".EVENT_TIME BY INTERVAL '60' SECOND), TICKER;
                        """).build());
        put("{\"EVENT_TIME\":\"2026-12-06 09:58:10\",\"TICKER\":\"AMZN\"}",
                "{\"EVENT_TIME\":\"2026-12-06 09:58:50\",\"TICKER\":\"AMZN\"}",
                "{\"EVENT_TIME\":\"2026-12-06 09:59:05\",\"TICKER\":\"AMZN\"}",
                "{\"EVENT_TIME\":\"2026-12-06T09:58:30Z\",\"TICKER\":\"XOM\"}");
        harness.clock().advance(Duration.ofSeconds(59));
        assertThat(analytics.received("events", "DESTINATION_SQL_STREAM")).isEmpty();
        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(analytics.received("events", "DESTINATION_SQL_STREAM")).containsExactly(
                "{\"EVENT_TIME\":\"2026-12-06 09:58:00.000\",\"TICKER\":\"AMZN\",\"TICKER_COUNT\":2}",
                "{\"EVENT_TIME\":\"2026-12-06 09:59:00.000\",\"TICKER\":\"AMZN\",\"TICKER_COUNT\":1}",
                "{\"EVENT_TIME\":\"2026-12-06 09:58:00.000\",\"TICKER\":\"XOM\",\"TICKER_COUNT\":1}");
    }

    @Test
    void records_written_to_the_kinesis_stream_enter_at_the_next_read_and_reach_the_output_stream() {
        analytics.start(stocks("filter", """
                CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (TICKER VARCHAR(4), PRICE DOUBLE);
                CREATE OR REPLACE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM TICKER_SYMBOL, PRICE FROM "SOURCE_SQL_STREAM_001" WHERE PRICE > 100;
                """).output("DESTINATION_SQL_STREAM", "out").build());
        {
            for (int i = 0; i < 20; i++) {
                String json = stock("T" + i, "X", 0, 95 + i);
                kinesis.putRecord(b -> b.streamName("stocks").partitionKey(json).data(SdkBytes.fromUtf8String(json)));
            }
            assertThat(analytics.received("filter", "DESTINATION_SQL_STREAM")).isEmpty();
            harness.clock().advance(Duration.ofSeconds(1));
            List<String> received = analytics.received("filter", "DESTINATION_SQL_STREAM");
            assertThat(received).hasSize(14).allMatch(r -> r.matches("\\{\"TICKER\":\"T\\d+\",\"PRICE\":\\d+\\.0}"));
            String iterator = kinesis.getShardIterator(b -> b.streamName("out").shardId("shardId-000000000000")
                    .shardIteratorType("TRIM_HORIZON")).shardIterator();
            assertThat(kinesis.getRecords(b -> b.shardIterator(iterator)).records())
                    .extracting(r -> r.data().asUtf8String()).containsExactlyElementsOf(received);
        }
    }

    @Test
    void csv_records_map_by_position_and_string_functions_transform_them() {
        analytics.start(AnalyticsApplication.builder("weblog").input("stocks").csv()
                .column("REFERRER", "VARCHAR(64)").column("STATUS", "INTEGER").code("""
                        CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (DOMAIN VARCHAR(32), CODE INTEGER,
                          CLEAN VARCHAR(64));
                        CREATE OR REPLACE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                          SELECT STREAM SUBSTRING(REFERRER, 12, (POSITION('.com' IN REFERRER) - 12)),
                                 STATUS, REGEX_REPLACE(REFERRER, 'https?://', '', 1, 0)
                          FROM "SOURCE_SQL_STREAM_001" WHERE STATUS >= 400;
                        """).build());
        put("http://www.amazon.com/x,404\nhttps://www.example.com,200\n", "http://www.stackoverflow.com/q,500");
        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(analytics.received("weblog", "DESTINATION_SQL_STREAM")).containsExactly(
                "{\"DOMAIN\":\"amazon\",\"CODE\":404,\"CLEAN\":\"www.amazon.com/x\"}",
                "{\"DOMAIN\":\"stackoverflow\",\"CODE\":500,\"CLEAN\":\"www.stackoverflow.com/q\"}");
    }

    @Test
    void records_that_cannot_be_mapped_or_computed_go_to_the_error_stream_and_the_rest_flow_on() {
        analytics.start(AnalyticsApplication.builder("errors").input("stocks")
                .column("A", "INTEGER").column("B", "INTEGER").code("""
                        CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (Q INTEGER);
                        CREATE OR REPLACE PUMP "DIVIDE" AS INSERT INTO "DESTINATION_SQL_STREAM"
                          SELECT STREAM A / B FROM "SOURCE_SQL_STREAM_001";
                        """).build());
        analytics.push("errors", List.of("{\"A\":6,\"B\":3}", "{\"A\":1,\"B\":0}", "not json",
                "{\"A\":\"x\",\"B\":1}", "{\"A\":8,\"B\":2}"));
        assertThat(analytics.received("errors", "DESTINATION_SQL_STREAM")).containsExactly("{\"Q\":2}",
                "{\"Q\":4}");
        List<String> errors = analytics.received("errors", "error_stream");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("\"ERROR_LEVEL\":\"Error\"", "\"ERROR_NAME\":\"SQL_DIVISION_BY_ZERO\"",
                "\"MESSAGE\":\"Division by zero\"", "\"PUMP_NAME\":\"DIVIDE\"", "\"DATA_ROWTIME\":\"2026-12-06");
        assertThat(errors.get(1)).contains("\"ERROR_NAME\":\"Invalid_JSON\"",
                "\"DATA_ROW\":\"" + java.util.HexFormat.of().withUpperCase().formatHex("not json".getBytes()) + "\"");
        assertThat(errors.get(2)).contains("\"ERROR_NAME\":\"SQL_CONVERSION_ERROR\"",
                "Cannot convert 'x' to INTEGER");
    }

    @Test
    void code_the_engine_refuses_stops_the_start_with_the_services_error() {
        assertThatThrownBy(() -> analytics.start(stocks("bad", """
                CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (N BIGINT);
                CREATE OR REPLACE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM COUNT(*) FROM "SOURCE_SQL_STREAM_001" GROUP BY TICKER_SYMBOL;
                """).build())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CodeValidationException: SQL error at line 3")
                .hasMessageContaining("Streaming aggregation requires at least one monotonic expression");
        assertThatThrownBy(() -> analytics.received("bad", "DESTINATION_SQL_STREAM"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No running application bad");
    }

    @Test
    void the_w3c_log_parse_guide_example_splits_apache_log_lines_read_from_the_stream() {
        analytics.start(AnalyticsApplication.builder("w3c").input("stocks").column("log", "VARCHAR(256)", "$.Log")
                .code("""
                        CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (
                        column1 VARCHAR(16),
                        column2 VARCHAR(16),
                        column3 VARCHAR(16),
                        column4 VARCHAR(16),
                        column5 VARCHAR(16),
                        column6 VARCHAR(16),
                        column7 VARCHAR(16));

                        CREATE OR REPLACE PUMP "myPUMP" AS
                        INSERT INTO "DESTINATION_SQL_STREAM"
                                SELECT STREAM
                                    l.r.COLUMN1,
                                    l.r.COLUMN2,
                                    l.r.COLUMN3,
                                    l.r.COLUMN4,
                                    l.r.COLUMN5,
                                    l.r.COLUMN6,
                                    l.r.COLUMN7
                                FROM (SELECT STREAM W3C_LOG_PARSE("log", 'COMMON')
                                      FROM "SOURCE_SQL_STREAM_001") AS l(r);
                        """).build());
        put("{\"Log\":\"192.168.254.30 - John [24/May/2004:22:01:02 -0700] \\\"GET /icons/apache_pba.gif HTTP/1.1\\\" 304 0\"}",
                "{\"Log\":\"192.168.254.30 - John [24/May/2004:22:01:03 -0700] \\\"GET /icons/apache_pbb.gif HTTP/1.1\\\" 304 0\"}");
        harness.clock().advance(Duration.ofSeconds(1));
        // The guide's columns are VARCHAR(16): longer values are cut to fit, as on insert anywhere.
        assertThat(analytics.received("w3c", "DESTINATION_SQL_STREAM")).containsExactly(
                "{\"COLUMN1\":\"192.168.254.30\",\"COLUMN2\":\"-\",\"COLUMN3\":\"John\",\"COLUMN4\":\"[24/May/2004:22:\","
                        + "\"COLUMN5\":\"GET /icons/apach\",\"COLUMN6\":\"304\",\"COLUMN7\":\"0\"}",
                "{\"COLUMN1\":\"192.168.254.30\",\"COLUMN2\":\"-\",\"COLUMN3\":\"John\",\"COLUMN4\":\"[24/May/2004:22:\","
                        + "\"COLUMN5\":\"GET /icons/apach\",\"COLUMN6\":\"304\",\"COLUMN7\":\"0\"}");
    }

    @Test
    void the_anomaly_explanation_guide_example_ranks_each_seconds_readings_by_score() throws Exception {
        analytics.start(AnalyticsApplication.builder("pressure").input("stocks").column("Systolic", "INTEGER")
                .column("Diastolic", "INTEGER").column("BloodPressureLevel", "VARCHAR(8)").code("""
                        CREATE OR REPLACE STREAM "TEMP_STREAM" (
                                "Systolic"                  INTEGER,
                                "Diastolic"                 INTEGER,
                                "BloodPressureLevel"        varchar(20),
                                "ANOMALY_SCORE"             DOUBLE,
                                "ANOMALY_EXPLANATION"       varchar(512));

                        CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (
                                "Systolic"                  INTEGER,
                                "Diastolic"                 INTEGER,
                                "BloodPressureLevel"        varchar(20),
                                "ANOMALY_SCORE"             DOUBLE,
                                "ANOMALY_EXPLANATION"       varchar(512));

                        -- Compute an anomaly score with explanation for each record in the input stream
                        -- using RANDOM_CUT_FOREST_WITH_EXPLANATION
                        CREATE OR REPLACE PUMP "STREAM_PUMP" AS
                           INSERT INTO "TEMP_STREAM"
                              SELECT STREAM "Systolic", "Diastolic", "BloodPressureLevel", ANOMALY_SCORE, ANOMALY_EXPLANATION
                              FROM TABLE(RANDOM_CUT_FOREST_WITH_EXPLANATION(
                                      CURSOR(SELECT STREAM * FROM "SOURCE_SQL_STREAM_001"), 100, 256, 100000, 1, true));

                        -- Sort records by descending anomaly score, insert into output stream
                        CREATE OR REPLACE PUMP "OUTPUT_PUMP" AS
                           INSERT INTO "DESTINATION_SQL_STREAM"
                              SELECT STREAM * FROM "TEMP_STREAM"
                              ORDER BY FLOOR("TEMP_STREAM".ROWTIME TO SECOND), ANOMALY_SCORE DESC;
                        """).build());
        long seed = 3;
        List<software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            batch.add(reading(100 + (seed >>> 33) % 20, 60 + (seed >>> 45) % 20, "NORMAL"));
            if (batch.size() == 100) {
                kinesis.putRecords(b -> b.streamName("stocks").records(batch));
                batch.clear();
            }
        }
        harness.clock().advance(Duration.ofSeconds(1));
        kinesis.putRecords(b -> b.streamName("stocks").records(reading(105, 70, "NORMAL"), reading(144, 123, "HIGH"),
                reading(110, 75, "NORMAL")));
        harness.clock().advance(Duration.ofSeconds(2));
        List<String> received = analytics.received("pressure", "DESTINATION_SQL_STREAM");
        assertThat(received).hasSize(303);
        com.fasterxml.jackson.databind.JsonNode top = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(received.get(300));
        assertThat(top.get("BloodPressureLevel").asText()).as("the second's highest score first").isEqualTo("HIGH");
        com.fasterxml.jackson.databind.JsonNode explanation = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(top.get("ANOMALY_EXPLANATION").asText());
        assertThat(explanation.get("Diastolic").get("DIRECTION").asText()).isEqualTo("HIGH");
        assertThat(explanation.get("Systolic").get("DIRECTION").asText()).isEqualTo("HIGH");
        assertThat(received.subList(0, 300)).as("the first second's rows, highest score first; 256 score 0 while"
                + " the forest learns").filteredOn(r -> r.contains("\"ANOMALY_SCORE\":0.0,")).hasSize(256)
                .containsExactlyElementsOf(received.subList(44, 300));
    }

    private static software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry reading(long systolic,
            long diastolic, String level) {
        return software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry.builder().partitionKey("same")
                .data(SdkBytes.fromUtf8String("{\"Systolic\":" + systolic + ",\"Diastolic\":" + diastolic
                        + ",\"BloodPressureLevel\":\"" + level + "\"}")).build();
    }
}
