package io.kinesisharness.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.HarnessAdmin;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.internal.dispatch.AwsReply;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The admin API under {@code /_harness/}: health, clock, reset and faults, as JSON. It calls the same
 * {@link HarnessAdmin} that in-process tests use, so both surfaces behave alike.
 */
public final class AdminRoutes {

    public static final String PREFIX = "/_harness/";
    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HarnessAdmin admin;
    private final String version;

    public AdminRoutes(HarnessAdmin admin, String version) {
        this.admin = admin;
        this.version = version;
    }

    public AwsReply handle(String method, String uri, byte[] body) {
        String path = uri.indexOf('?') >= 0 ? uri.substring(0, uri.indexOf('?')) : uri;
        HarnessClock clock = admin.clock();
        try {
            return switch (method + " " + path) {
                case "GET /_harness/health" -> ok(Map.of("status", "ok", "version", version));
                case "GET /_harness/clock" -> ok(clockState(clock));
                case "POST /_harness/clock/advance" -> {
                    clock.advance(Duration.parse(text(json(body), "duration")));
                    yield ok(clockState(clock));
                }
                case "POST /_harness/clock/set" -> {
                    clock.setTo(Instant.parse(text(json(body), "now")));
                    yield ok(clockState(clock));
                }
                case "POST /_harness/reset" -> {
                    admin.reset();
                    yield ok(Map.of("status", "reset"));
                }
                case "GET /_harness/faults" -> ok(Map.of("faults", FaultJson.write(admin.faults().rules())));
                case "POST /_harness/faults" -> {
                    admin.faults().add(FaultJson.read(json(body)));
                    yield ok(Map.of("faults", FaultJson.write(admin.faults().rules())));
                }
                case "DELETE /_harness/faults" -> {
                    admin.faults().clear();
                    yield ok(Map.of("faults", java.util.List.of()));
                }
                default -> error(404, "No admin route " + method + " " + path);
            };
        } catch (IllegalStateException e) {
            return error(409, e.getMessage());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return error(400, e.getMessage());
        }
    }

    private static Map<String, Object> clockState(HarnessClock clock) {
        return Map.of("mode", clock.mode().name(), "now", clock.now().toString());
    }

    private static JsonNode json(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("Body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("Body is not JSON: " + e.getMessage());
        }
    }

    static String text(JsonNode node, String field) {
        if (!node.hasNonNull(field) || !node.get(field).isTextual()) {
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
