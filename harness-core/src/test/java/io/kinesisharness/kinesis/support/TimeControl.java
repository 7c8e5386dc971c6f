package io.kinesisharness.kinesis.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.KinesisHarness;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** How a time test moves the harness clock: in-process, or over the admin HTTP API as a container user would. */
public interface TimeControl {

    Instant advance(Duration duration);

    Instant setTo(Instant instant);

    static TimeControl inProcess(KinesisHarness harness) {
        return new TimeControl() {
            @Override
            public Instant advance(Duration duration) {
                return harness.clock().advance(duration);
            }

            @Override
            public Instant setTo(Instant instant) {
                return harness.clock().setTo(instant);
            }

            @Override
            public String toString() {
                return "in-process clock";
            }
        };
    }

    /** Moves the clock with POST /_harness/clock/…, checking the clock state each call answers with. */
    static TimeControl adminApi(KinesisHarness harness) {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        return new TimeControl() {
            @Override
            public Instant advance(Duration duration) {
                Instant expected = harness.clock().now().plus(duration);
                return post("/_harness/clock/advance", "{\"duration\":\"" + duration + "\"}", expected);
            }

            @Override
            public Instant setTo(Instant instant) {
                return post("/_harness/clock/set", "{\"now\":\"" + instant + "\"}", instant);
            }

            private Instant post(String path, String body, Instant expected) {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(harness.endpoint() + path))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertThat(r.statusCode()).as("%s %s -> %s", path, body, r.body()).isEqualTo(200);
                    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
                    JsonNode state = json.readTree(r.body());
                    assertThat(state.get("mode").asText()).isEqualTo("MANUAL");
                    Instant now = Instant.parse(state.get("now").asText());
                    assertThat(now).isEqualTo(expected).isEqualTo(harness.clock().now());
                    return now;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public String toString() {
                return "admin HTTP API";
            }
        };
    }
}
