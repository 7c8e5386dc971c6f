package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.kinesisharness.ClockMode;
import io.kinesisharness.FaultRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP admin client against a scripted server: the requests it sends and how it maps answers. The real
 * admin API is exercised through containers in AdminOverHttpIT.
 */
class HttpHarnessAdminTest {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{}";
    private HttpServer server;
    private HttpHarnessAdmin admin;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body);
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        admin = new HttpHarnessAdmin(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void clock_calls_send_iso_values_and_read_the_new_time() {
        answer = "{\"mode\":\"MANUAL\",\"now\":\"2026-01-01T00:05:00Z\"}";

        assertThat(admin.clock().advance(Duration.ofMinutes(5))).isEqualTo(Instant.parse("2026-01-01T00:05:00Z"));
        assertThat(admin.clock().setTo(Instant.parse("2026-01-01T00:05:00Z"))).isEqualTo("2026-01-01T00:05:00Z");
        assertThat(admin.clock().mode()).isEqualTo(ClockMode.MANUAL);
        assertThat(admin.clock().mode()).isEqualTo(ClockMode.MANUAL);

        assertThat(requests).containsExactly(
                "POST /_harness/clock/advance {\"duration\":\"PT5M\"}",
                "POST /_harness/clock/set {\"now\":\"2026-01-01T00:05:00Z\"}",
                "GET /_harness/clock ");
    }

    @Test
    void faults_and_reset_use_their_routes() {
        answer = "{\"faults\":[{\"service\":\"*\",\"operation\":\"PutRecord\",\"error\":\"InternalFailure\","
                + "\"count\":2,\"probability\":1.0,\"seed\":0,\"recordFailureRate\":0.0}]}";
        FaultRule rule = FaultRule.error("PutRecord", "InternalFailure").times(2);

        admin.faults().add(rule);
        assertThat(admin.faults().rules()).containsExactly(rule);
        admin.faults().clear();
        admin.reset();

        assertThat(requests).containsExactly(
                "POST /_harness/faults {\"service\":\"*\",\"operation\":\"PutRecord\",\"error\":\"InternalFailure\","
                        + "\"count\":2,\"probability\":1.0,\"seed\":0,\"recordFailureRate\":0.0}",
                "GET /_harness/faults ",
                "DELETE /_harness/faults ",
                "POST /_harness/reset {}");
    }

    @Test
    void refusals_map_to_the_exceptions_of_the_in_process_harness() {
        status = 409;
        answer = "{\"error\":\"The clock is in SYSTEM mode\"}";
        assertThatThrownBy(() -> admin.clock().advance(Duration.ofMinutes(1)))
                .isInstanceOf(IllegalStateException.class).hasMessage("The clock is in SYSTEM mode");

        status = 400;
        answer = "{\"error\":\"Unknown AWS error code Nope\"}";
        assertThatThrownBy(() -> admin.faults().add(FaultRule.error("PutRecord", "Nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Unknown AWS error code Nope");

        status = 404;
        answer = "{\"error\":\"No admin route POST /_harness/reset\"}";
        assertThatThrownBy(admin::reset).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("No admin route");

        status = 502;
        answer = "<html>bad gateway</html>";
        assertThatThrownBy(() -> admin.clock().now()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("502").hasMessageContaining("bad gateway");
    }

    @Test
    void health_is_true_on_200_false_otherwise_and_never_throws() {
        answer = "{\"status\":\"ok\",\"version\":\"test\"}";
        assertThat(admin.healthy()).isTrue();

        status = 503;
        assertThat(admin.healthy()).isFalse();

        server.stop(0);
        assertThat(admin.healthy()).isFalse();
        assertThatThrownBy(() -> admin.clock().now()).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("/_harness/clock");
        assertThat(Map.of("endpoint", admin.endpoint().toString()).get("endpoint")).startsWith("http://127.0.0.1:");
    }
}
