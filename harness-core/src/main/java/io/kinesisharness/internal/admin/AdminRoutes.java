package io.kinesisharness.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.internal.dispatch.AwsReply;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The admin API under {@code /_harness/}: health, clock and reset, as JSON. The in-process {@code HarnessAdmin}
 * and this HTTP surface call the same objects.
 */
public final class AdminRoutes {

    public static final String PREFIX = "/_harness/";
    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HarnessClock clock;
    private final Runnable reset;
    private final String version;

    public AdminRoutes(HarnessClock clock, Runnable reset, String version) {
        this.clock = clock;
        this.reset = reset;
        this.version = version;
    }

    public AwsReply handle(String method, String uri, byte[] body) {
        String path = uri.indexOf('?') >= 0 ? uri.substring(0, uri.indexOf('?')) : uri;
        try {
            return switch (method + " " + path) {
                case "GET /_harness/health" -> ok(Map.of("status", "ok", "version", version));
                case "GET /_harness/clock" -> ok(clockState());
                case "POST /_harness/clock/advance" -> {
                    clock.advance(Duration.parse(required(body, "duration")));
                    yield ok(clockState());
                }
                case "POST /_harness/clock/set" -> {
                    clock.setTo(Instant.parse(required(body, "now")));
                    yield ok(clockState());
                }
                case "POST /_harness/reset" -> {
                    reset.run();
                    yield ok(Map.of("status", "reset"));
                }
                default -> error(404, "No admin route " + method + " " + path);
            };
        } catch (IllegalStateException e) {
            return error(409, e.getMessage());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return error(400, e.getMessage());
        }
    }

    private Map<String, Object> clockState() {
        return Map.of("mode", clock.mode().name(), "now", clock.now().toString());
    }

    private static String required(byte[] body, String field) {
        JsonNode node;
        try {
            node = body.length == 0 ? null : MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("Body is not JSON: " + e.getMessage());
        }
        if (node == null || !node.hasNonNull(field) || !node.get(field).isTextual()) {
            throw new IllegalArgumentException("Body must be a JSON object with a string field '" + field + "'");
        }
        return node.get(field).asText();
    }

    private static AwsReply ok(Object value) {
        try {
            return new AwsReply(200, JSON, MAPPER.writeValueAsBytes(value), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AwsReply error(int status, String message) {
        ObjectNode n = MAPPER.createObjectNode().put("error", message);
        try {
            return new AwsReply(status, JSON, MAPPER.writeValueAsBytes(n), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
