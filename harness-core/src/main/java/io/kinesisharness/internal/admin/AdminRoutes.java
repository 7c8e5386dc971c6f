package io.kinesisharness.internal.admin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.FaultRule;
import io.kinesisharness.HarnessAdmin;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.admin.FaultRuleMaps;
import io.kinesisharness.internal.dispatch.AwsReply;
import io.kinesisharness.internal.service.AdminHandler;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The admin API under {@code /_harness/}: the routes {@link AdminRoute} declares, as JSON. The harness's own (health,
 * clock, reset, faults, services) call the same {@link HarnessAdmin} that in-process tests use, so both surfaces
 * behave alike; a service's own routes go to the handler its module declares.
 */
public final class AdminRoutes {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AdminRoutes.class);
    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private final HarnessAdmin admin;
    private final String version;
    private final Function<AdminRoute, AdminHandler> serviceRoutes;
    private final Supplier<List<Map<String, Object>>> services;

    /**
     * @param serviceRoutes the handler of a route a service declares (building that service), or null
     * @param services the services and whether each is built, for {@link AdminRoute#SERVICES}
     */
    public AdminRoutes(HarnessAdmin admin, String version, Function<AdminRoute, AdminHandler> serviceRoutes,
            Supplier<List<Map<String, Object>>> services) {
        this.admin = admin;
        this.version = version;
        this.serviceRoutes = serviceRoutes;
        this.services = services;
    }

    public AwsReply handle(String method, String uri, byte[] body) {
        String path = uri.indexOf('?') >= 0 ? uri.substring(0, uri.indexOf('?')) : uri;
        AdminRoute route = new AdminRoute(method, path.substring(AdminRoute.PREFIX.length()));
        try {
            Object answer = answer(route, body);
            return answer == null ? error(404, "No admin route " + route) : ok(answer);
        } catch (IllegalStateException e) {
            return error(409, e.getMessage());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return error(400, e.getMessage());
        } catch (RuntimeException | LinkageError | AssertionError e) {
            // A failure inside a route (a delivery the flush ran, say) answers 500 and is logged, rather than
            // closing the connection with nothing said.
            LOG.error("Admin route {} failed", route, e);
            return error(500, String.valueOf(e));
        }
    }

    /** The answer of a route, or null when no route of the harness or of its services is this one. */
    private Object answer(AdminRoute route, byte[] body) {
        HarnessClock clock = admin.clock();
        if (route.equals(AdminRoute.HEALTH)) {
            return Map.of("status", "ok", "version", version);
        } else if (route.equals(AdminRoute.CLOCK)) {
            return clockState(clock);
        } else if (route.equals(AdminRoute.CLOCK_ADVANCE)) {
            clock.advance(Duration.parse(text(json(body), "duration")));
            return clockState(clock);
        } else if (route.equals(AdminRoute.CLOCK_SET)) {
            clock.setTo(Instant.parse(text(json(body), "now")));
            return clockState(clock);
        } else if (route.equals(AdminRoute.RESET)) {
            admin.reset();
            return Map.of("status", "reset");
        } else if (route.equals(AdminRoute.FAULTS)) {
            return faults();
        } else if (route.equals(AdminRoute.FAULTS_ADD)) {
            admin.faults().add(FaultRuleMaps.fromMap(json(body)));
            return faults();
        } else if (route.equals(AdminRoute.FAULTS_CLEAR)) {
            admin.faults().clear();
            return faults();
        } else if (route.equals(AdminRoute.SERVICES)) {
            return Map.of("services", services.get());
        }
        AdminHandler handler = serviceRoutes.apply(route);
        return handler == null ? null : handler.handle(body.length == 0 ? Map.of() : json(body));
    }

    private Map<String, Object> faults() {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (FaultRule r : admin.faults().rules()) {
            rules.add(FaultRuleMaps.toMap(r));
        }
        return Map.of("faults", rules);
    }

    private static Map<String, Object> clockState(HarnessClock clock) {
        return Map.of("mode", clock.mode().name(), "now", clock.now().toString());
    }

    private static Map<String, Object> json(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("Body must be a JSON object");
            }
            return MAPPER.convertValue(node, OBJECT);
        } catch (IOException e) {
            throw new IllegalArgumentException("Body is not JSON: " + e.getMessage());
        }
    }

    private static String text(Map<String, Object> body, String field) {
        if (!(body.get(field) instanceof String s)) {
            throw new IllegalArgumentException("Body must be a JSON object with a string field '" + field + "'");
        }
        return s;
    }

    private static AwsReply ok(Object value) {
        try {
            return new AwsReply(200, JSON, MAPPER.writeValueAsBytes(value), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AwsReply error(int status, String message) {
        try {
            return new AwsReply(status, JSON, MAPPER.writeValueAsBytes(Map.of("error", message)), null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
