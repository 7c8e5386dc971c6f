package io.kinesisharness.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clock routes of the admin API: what they answer, and how they refuse. */
class AdminClockApiTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_clock_routes_answer_with_the_clock_state() throws Exception {
        try (KinesisHarness harness = manual()) {
            assertThat(get(harness, "/_harness/clock")).isEqualTo(json("{\"mode\":\"MANUAL\",\"now\":"
                    + "\"2026-01-01T00:00:00Z\"}"));

            HttpResponse<String> advanced = post(harness, "/_harness/clock/advance", "{\"duration\":\"PT5M\"}");
            assertThat(advanced.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(advanced.body())).isEqualTo(json("{\"mode\":\"MANUAL\",\"now\":"
                    + "\"2026-01-01T00:05:00Z\"}"));

            HttpResponse<String> set = post(harness, "/_harness/clock/set", "{\"now\":\"2026-01-02T03:04:05.678Z\"}");
            assertThat(set.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(set.body())).isEqualTo(json("{\"mode\":\"MANUAL\",\"now\":"
                    + "\"2026-01-02T03:04:05.678Z\"}"));
            assertThat(harness.clock().now()).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
        }
    }

    @Test
    void a_system_clock_refuses_to_move_with_409() throws Exception {
        try (KinesisHarness harness = KinesisHarness.builder().clock(ClockMode.SYSTEM).start()) {
            HttpResponse<String> advance = post(harness, "/_harness/clock/advance", "{\"duration\":\"PT5M\"}");
            HttpResponse<String> set = post(harness, "/_harness/clock/set", "{\"now\":\"2100-01-01T00:00:00Z\"}");

            for (HttpResponse<String> r : List.of(advance, set)) {
                assertThat(r.statusCode()).isEqualTo(409);
                assertThat(JSON.readTree(r.body()).get("error").asText()).contains("SYSTEM");
            }
            assertThat(get(harness, "/_harness/clock").get("mode").asText()).isEqualTo("SYSTEM");
            assertThat(harness.clock().now()).isBefore(Instant.parse("2100-01-01T00:00:00Z"));
        }
    }

    @Test
    void a_bad_body_is_refused_with_400_and_leaves_the_clock_alone() throws Exception {
        try (KinesisHarness harness = manual()) {
            for (String[] call : List.of(
                    new String[] {"/_harness/clock/advance", "not json"},
                    new String[] {"/_harness/clock/advance", ""},
                    new String[] {"/_harness/clock/advance", "{}"},
                    new String[] {"/_harness/clock/advance", "{\"duration\":300}"},
                    new String[] {"/_harness/clock/advance", "{\"duration\":\"five minutes\"}"},
                    new String[] {"/_harness/clock/set", "{\"now\":\"tomorrow\"}"},
                    new String[] {"/_harness/clock/set", "{\"duration\":\"PT5M\"}"})) {
                HttpResponse<String> r = post(harness, call[0], call[1]);
                assertThat(r.statusCode()).as("%s %s", call[0], call[1]).isEqualTo(400);
                assertThat(JSON.readTree(r.body()).get("error").asText()).isNotBlank();
            }
            assertThat(harness.clock().now()).isEqualTo(START);
        }
    }

    @Test
    void the_clock_cannot_be_set_backwards() throws Exception {
        try (KinesisHarness harness = manual()) {
            harness.clock().advance(Duration.ofHours(1));

            HttpResponse<String> r = post(harness, "/_harness/clock/set", "{\"now\":\"2026-01-01T00:30:00Z\"}");

            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(harness.clock().now()).isEqualTo(START.plus(Duration.ofHours(1)));
        }
    }

    @Test
    void reset_over_http_drops_streams_and_restarts_the_clock() throws Exception {
        try (KinesisHarness harness = manual()) {
            harness.createStream("gone", 1);
            harness.clock().advance(Duration.ofMinutes(1));

            HttpResponse<String> r = post(harness, "/_harness/reset", "");

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(r.body())).isEqualTo(json("{\"status\":\"reset\"}"));
            assertThat(harness.clock().now()).isEqualTo(START);
            harness.createStream("gone", 1);
        }
    }

    @Test
    void health_answers_ok() throws Exception {
        try (KinesisHarness harness = manual()) {
            JsonNode health = get(harness, "/_harness/health");

            assertThat(health.get("status").asText()).isEqualTo("ok");
            assertThat(health.has("version")).isTrue();
        }
    }

    private static KinesisHarness manual() {
        return KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).start();
    }

    private JsonNode get(KinesisHarness harness, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(harness.endpoint() + path)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> post(KinesisHarness harness, String path, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(harness.endpoint() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }
}
