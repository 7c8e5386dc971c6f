package io.kinesisharness.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Record;

/**
 * The SQL reference's golden examples end to end: records put with the SDK's Kinesis client at the times the
 * reference gives (each enters the application at the next second of the MANUAL clock, which becomes its
 * ROWTIME), the application's output read back from a Kinesis stream. The engine-level tests hold the same goldens
 * with every column; these check that nothing between the client and the engine changes them.
 */
class AnalyticsReferenceExamplesTest {

    private KinesisHarness harness;
    private KinesisClient kinesis;

    private void start(Instant at) {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(at).stream("in", 1).stream("out", 1)
                .start();
        kinesis = KinesisClient.builder().endpointOverride(URI.create(harness.endpoint().toString()))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build();
        // The weather table spans two days: keep the output longer than the default 24 hours.
        kinesis.increaseStreamRetentionPeriod(b -> b.streamName("out").retentionPeriodHours(168));
    }

    @AfterEach
    void stop() {
        kinesis.close();
        harness.close();
    }

    /** Puts each record so that it enters the application at its time: a second before, then the clock moves on. */
    private void feed(List<String[]> timedRecords) {
        for (String[] r : timedRecords) {
            Instant at = Instant.parse(r[0]);
            Duration gap = Duration.between(harness.clock().now(), at.minusSeconds(1));
            if (!gap.isNegative() && !gap.isZero()) {
                harness.clock().advance(gap);
            }
            kinesis.putRecord(b -> b.streamName("in").partitionKey("one").data(SdkBytes.fromUtf8String(r[1])));
        }
        harness.clock().advance(Duration.ofSeconds(1));
    }

    private List<String> output() {
        String iterator = kinesis.getShardIterator(b -> b.streamName("out").shardId("shardId-000000000000")
                .shardIteratorType("TRIM_HORIZON")).shardIterator();
        List<String> out = new ArrayList<>();
        for (int calls = 0; calls < 100; calls++) {
            String at = iterator;
            var page = kinesis.getRecords(b -> b.shardIterator(at));
            List<Record> records = page.records();
            if (records.isEmpty()) {
                break;
            }
            records.forEach(r -> out.add(r.data().asUtf8String()));
            iterator = page.nextShardIterator();
        }
        return out;
    }

    private static final String[][] WEATHER = {
        {"2018-11-01T01:00:00Z", "Denver", "29"}, {"2018-11-01T01:00:00Z", "Anchorage", "2"},
        {"2018-11-01T06:00:00Z", "Miami", "65"}, {"2018-11-01T07:00:00Z", "Denver", "32"},
        {"2018-11-01T09:00:00Z", "Anchorage", "9"}, {"2018-11-01T13:00:00Z", "Denver", "50"},
        {"2018-11-01T17:00:00Z", "Anchorage", "10"}, {"2018-11-01T18:00:00Z", "Miami", "71"},
        {"2018-11-01T19:00:00Z", "Denver", "43"}, {"2018-11-02T01:00:00Z", "Anchorage", "4"},
        {"2018-11-02T01:00:00Z", "Denver", "39"}, {"2018-11-02T07:00:00Z", "Denver", "46"},
        {"2018-11-02T09:00:00Z", "Anchorage", "3"}, {"2018-11-02T13:00:00Z", "Denver", "56"},
        {"2018-11-02T17:00:00Z", "Anchorage", "2"}, {"2018-11-02T19:00:00Z", "Denver", "50"},
        {"2018-11-03T01:00:00Z", "Denver", "36"}, {"2018-11-03T01:00:00Z", "Anchorage", "1"}};

    @Test
    void the_weatherstream_sliding_window_table_per_city() {
        start(Instant.parse("2018-11-01T00:59:00Z"));
        harness.analytics().start(AnalyticsApplication.builder("weather").input("in")
                .column("CITY", "VARCHAR(16)").column("TEMP", "INTEGER").output("OUT", "out").code("""
                        CREATE OR REPLACE STREAM "OUT" (CITY VARCHAR(16), WMIN_TEMP INTEGER, WMAX_TEMP INTEGER,
                          WAVG_TEMP INTEGER);
                        CREATE OR REPLACE PUMP "P" AS INSERT INTO "OUT"
                         SELECT STREAM
                                CITY,
                                MIN(TEMP) over W1 AS WMIN_TEMP,
                                MAX(TEMP) over W1 AS WMAX_TEMP,
                                AVG(TEMP) over W1 AS WAVG_TEMP
                         FROM "SOURCE_SQL_STREAM_001"
                         WINDOW W1 AS (
                                PARTITION BY CITY
                                RANGE INTERVAL '1' DAY PRECEDING
                         );
                        """).build());
        List<String[]> records = new ArrayList<>();
        for (String[] w : WEATHER) {
            records.add(new String[] {w[0], "{\"CITY\":\"" + w[1] + "\",\"TEMP\":" + w[2] + "}"});
        }
        feed(records);
        assertThat(output()).extracting(r -> r.replaceAll("[{}\"A-Z_]+:|[{}\"]", "")).containsExactly(
                "Denver,29,29,29", "Anchorage,2,2,2", "Miami,65,65,65", "Denver,29,32,30", "Anchorage,2,9,5",
                "Denver,29,50,37", "Anchorage,2,10,7", "Miami,65,71,68", "Denver,29,50,38", "Anchorage,2,10,6",
                "Denver,29,50,38", "Denver,32,50,42", "Anchorage,3,10,6", "Denver,39,56,46", "Anchorage,2,10,4",
                "Denver,39,56,46", "Denver,36,56,45", "Anchorage,1,4,2");
    }

    @Test
    void the_join_references_left_join_emits_matches_at_once_and_lone_orders_when_their_window_ends() {
        start(Instant.parse("2026-12-06T09:59:00Z"));
        // One input (an application has one), split into the reference's two streams by a kind column; a pump
        // keeps each row's ROWTIME.
        harness.analytics().start(AnalyticsApplication.builder("orders").input("in").column("KIND", "VARCHAR(1)")
                .column("orderid", "INTEGER").output("OUTPUT_STREAM", "out").code("""
                        CREATE OR REPLACE STREAM ORDERS_STREAM ("orderid" INTEGER);
                        CREATE OR REPLACE STREAM SHIPMENTS_STREAM ("orderid" INTEGER);
                        CREATE OR REPLACE PUMP "ORDERS_PUMP" AS INSERT INTO ORDERS_STREAM
                          SELECT STREAM "orderid" FROM "SOURCE_SQL_STREAM_001" WHERE KIND = 'O';
                        CREATE OR REPLACE PUMP "SHIPMENTS_PUMP" AS INSERT INTO SHIPMENTS_STREAM
                          SELECT STREAM "orderid" FROM "SOURCE_SQL_STREAM_001" WHERE KIND = 'S';
                        CREATE OR REPLACE STREAM "OUTPUT_STREAM" ("resultrowtime" timestamp, "orderid" int,
                          "shipmenttime" timestamp, "ordertime" timestamp);
                        CREATE OR REPLACE PUMP "OUTPUT_STREAM_PUMP" AS INSERT INTO "OUTPUT_STREAM"
                          SELECT STREAM ROWTIME as "resultrowtime", o."orderid", s.ROWTIME as "shipmenttime",
                                 o.ROWTIME as "ordertime"
                            FROM ORDERS_STREAM OVER (RANGE INTERVAL '1' MINUTE PRECEDING) AS o
                              LEFT JOIN SHIPMENTS_STREAM OVER (RANGE INTERVAL '1' MINUTE PRECEDING) AS s
                                ON o."orderid" = s."orderid";
                        """).build());
        String[][] arrivals = {{"O", "10:00:00", "101"}, {"S", "10:00:00", "100"}, {"O", "10:00:20", "102"},
            {"O", "10:00:30", "103"}, {"O", "10:00:40", "104"}, {"S", "10:00:45", "104"}, {"O", "10:00:45", "100"},
            {"S", "10:00:50", "105"}};
        List<String[]> records = new ArrayList<>();
        for (String[] a : arrivals) {
            records.add(new String[] {"2026-12-06T" + a[1] + "Z", "{\"KIND\":\"" + a[0] + "\",\"orderid\":" + a[2]
                    + "}"});
        }
        feed(records);
        harness.clock().advance(Duration.ofMinutes(2));
        assertThat(output()).extracting(r -> r.replace("2026-12-06 ", "").replace(".000", "")).containsExactly(
                "{\"resultrowtime\":\"10:00:45\",\"orderid\":104,\"shipmenttime\":\"10:00:45\",\"ordertime\":\"10:00:40\"}",
                "{\"resultrowtime\":\"10:00:45\",\"orderid\":100,\"shipmenttime\":\"10:00:00\",\"ordertime\":\"10:00:45\"}",
                "{\"resultrowtime\":\"10:01:00\",\"orderid\":101,\"shipmenttime\":null,\"ordertime\":\"10:00:00\"}",
                "{\"resultrowtime\":\"10:01:20\",\"orderid\":102,\"shipmenttime\":null,\"ordertime\":\"10:00:20\"}",
                "{\"resultrowtime\":\"10:01:30\",\"orderid\":103,\"shipmenttime\":null,\"ordertime\":\"10:00:30\"}");
    }

    @Test
    void top_k_items_of_each_thirty_seconds_as_the_reference_counts_them() {
        start(Instant.parse("2026-12-06T09:59:00Z"));
        harness.analytics().start(AnalyticsApplication.builder("topk").input("in")
                .column("TICKER_SYMBOL", "VARCHAR(4)").column("PRICE", "REAL")
                .output("DESTINATION_SQL_STREAM", "out").code("""
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
                        """).build());
        String[] everyTenSeconds = {"AMZN MSFT", "MSFT IBM", "MSFT AMZN", "XOM", "XOM XOM AMZN"};
        List<String[]> records = new ArrayList<>();
        for (int i = 0; i < everyTenSeconds.length; i++) {
            for (String ticker : everyTenSeconds[i].split(" ")) {
                records.add(new String[] {Instant.parse("2026-12-06T10:00:00Z").plusSeconds(10L * i).toString(),
                        "{\"TICKER_SYMBOL\":\"" + ticker + "\",\"PRICE\":1}"});
            }
        }
        feed(records);
        harness.clock().advance(Duration.ofMinutes(1));
        assertThat(output()).containsExactly("{\"TICKER_SYMBOL\":\"MSFT\",\"MOST_FREQUENT_VALUES\":3}",
                "{\"TICKER_SYMBOL\":\"AMZN\",\"MOST_FREQUENT_VALUES\":2}",
                "{\"TICKER_SYMBOL\":\"XOM\",\"MOST_FREQUENT_VALUES\":3}",
                "{\"TICKER_SYMBOL\":\"AMZN\",\"MOST_FREQUENT_VALUES\":1}");
    }

    /** The guide's four AMZN trades: when each arrives, and its event time. */
    private static final String[][] TRADES = {{"11:00:20", "11:00:10"}, {"11:00:30", "11:00:20"},
        {"11:01:05", "11:00:55"}, {"11:01:15", "11:01:05"}};

    private void startTrades(String code) {
        start(Instant.parse("2026-12-06T10:59:00Z"));
        harness.analytics().start(AnalyticsApplication.builder("trades").input("in")
                .column("EVENT_TIME", "TIMESTAMP").column("TICKER_SYMBOL", "VARCHAR(4)")
                .output("DESTINATION_SQL_STREAM", "out").code(code).build());
        List<String[]> records = new ArrayList<>();
        for (String[] t : TRADES) {
            records.add(new String[] {"2026-12-06T" + t[0] + "Z", "{\"EVENT_TIME\":\"2026-12-06 " + t[1]
                    + "\",\"TICKER_SYMBOL\":\"AMZN\"}"});
        }
        feed(records);
    }

    private void advanceTo(String time) {
        harness.clock().advance(Duration.between(harness.clock().now(), Instant.parse("2026-12-06T" + time + "Z")));
    }

    private List<String> counts() {
        return output().stream().map(r -> r.replaceAll(".*(1[01]:0[0-9]):00.000.*:([0-9.]+)}", "$1 $2")).toList();
    }

    @Test
    void the_stagger_page_tumbling_window_gives_partial_results_at_each_minutes_end() {
        startTrades("""
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
                """);
        assertThat(counts()).as("at 11:01:15").containsExactly("11:00 2.0");
        advanceTo("11:01:59");
        assertThat(counts()).containsExactly("11:00 2.0");
        advanceTo("11:02:00");
        assertThat(counts()).containsExactly("11:00 2.0", "11:00 1.0", "11:01 1.0");
    }

    @Test
    void the_stagger_page_stagger_window_gives_complete_results_a_minute_after_each_window_opened() {
        startTrades("""
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
                """);
        advanceTo("11:01:19");
        assertThat(counts()).isEmpty();
        advanceTo("11:01:20");
        assertThat(counts()).containsExactly("11:00 3.0");
        advanceTo("11:02:14");
        assertThat(counts()).containsExactly("11:00 3.0");
        advanceTo("11:02:15");
        assertThat(counts()).containsExactly("11:00 3.0", "11:01 1.0");
    }
}
