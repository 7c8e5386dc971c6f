package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.analytics.AnalyticsApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Kinesis Data Analytics in a container (the image carries Calcite): an application started over the admin API reads
 * a Kinesis stream written with the SDK, and its window emits when the test advances the container's clock.
 */
@RequiresDocker
class AnalyticsIT {

    @Test
    void an_application_in_the_container_counts_a_streams_records_per_minute() {
        try (KinesisHarnessContainer harness = Harnesses.container()
                .withClock(ClockMode.MANUAL, Instant.parse("2026-12-06T10:00:00Z")).withStream("stocks", 1)) {
            harness.start();
            harness.analytics().start(AnalyticsApplication.builder("counts").input("stocks")
                    .column("TICKER", "VARCHAR(4)").code("""
                            CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (TICKER VARCHAR(4), N INTEGER);
                            CREATE OR REPLACE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                              SELECT STREAM TICKER, COUNT(*) FROM "SOURCE_SQL_STREAM_001"
                              GROUP BY TICKER, STEP("SOURCE_SQL_STREAM_001".ROWTIME BY INTERVAL '1' MINUTE);
                            """).build());
            try (KinesisClient kinesis = KinesisClient.builder().endpointOverride(harness.getEndpoint())
                    .region(Region.of(harness.getRegion())).httpClientBuilder(Apache5HttpClient.builder())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                            harness.getAccessKey(), harness.getSecretKey()))).build()) {
                for (String t : List.of("AMZN", "AMZN", "XOM")) {
                    kinesis.putRecord(b -> b.streamName("stocks").partitionKey(t)
                            .data(SdkBytes.fromUtf8String("{\"TICKER\":\"" + t + "\"}")));
                }
            }
            harness.analytics().push("counts", List.of("{\"TICKER\":\"IBM\"}"));
            harness.admin().clock().advance(Duration.ofMinutes(1));
            assertThat(harness.analytics().received("counts", "DESTINATION_SQL_STREAM")).containsExactly(
                    "{\"TICKER\":\"IBM\",\"N\":1}", "{\"TICKER\":\"AMZN\",\"N\":2}", "{\"TICKER\":\"XOM\",\"N\":1}");
            harness.analytics().stop("counts");
            assertThatThrownBy(() -> harness.analytics().received("counts", "DESTINATION_SQL_STREAM"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No running application");
        }
    }

    @Test
    void the_image_carries_the_log_parsers_and_the_random_cut_forest() {
        try (KinesisHarnessContainer harness = Harnesses.container()
                .withClock(ClockMode.MANUAL, Instant.parse("2026-12-06T10:00:00Z")).withStream("logs", 1)) {
            harness.start();
            harness.analytics().start(AnalyticsApplication.builder("logs").input("logs")
                    .column("LINE", "VARCHAR(256)").code("""
                            CREATE STREAM "PARSED" (HOST VARCHAR(16), BYTES DOUBLE);
                            CREATE PUMP "P1" AS INSERT INTO "PARSED"
                              SELECT STREAM l.r.COLUMN1, CAST(l.r.COLUMN7 AS DOUBLE)
                              FROM (SELECT STREAM W3C_LOG_PARSE(LINE, 'COMMON') FROM "SOURCE_SQL_STREAM_001") AS l(r);
                            CREATE STREAM "SCORED" (HOST VARCHAR(16), BYTES DOUBLE, SCORE DOUBLE, WHY VARCHAR(512));
                            CREATE PUMP "P2" AS INSERT INTO "SCORED"
                              SELECT STREAM HOST, BYTES, ANOMALY_SCORE, ANOMALY_EXPLANATION
                              FROM TABLE(RANDOM_CUT_FOREST_WITH_EXPLANATION(
                                CURSOR(SELECT STREAM * FROM "PARSED"), 10, 10, 100, 1, true));
                            """).build());
            List<String> lines = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                lines.add("{\"LINE\":\"10.0.0." + i + " - - [06/Dec/2026:10:00:00 +0000] \\\"GET / HTTP/1.1\\\" 200 "
                        + (i == 11 ? 90000 : 500 + i) + "\"}");
            }
            harness.analytics().push("logs", lines);
            harness.admin().clock().advance(Duration.ofSeconds(1));
            List<String> scored = harness.analytics().received("logs", "SCORED");
            assertThat(scored).hasSize(12);
            assertThat(scored.get(0)).contains("\"HOST\":\"10.0.0.0\"", "\"SCORE\":0.0,",
                    "\"WHY\":\"{\\\"BYTES\\\":{\\\"DIRECTION\\\":\\\"LOW\\\"");
            assertThat(scored.get(11)).contains("\"BYTES\":90000.0", "\\\"DIRECTION\\\":\\\"HIGH\\\"")
                    .doesNotContain("\"SCORE\":0.0,");
        }
    }
}
