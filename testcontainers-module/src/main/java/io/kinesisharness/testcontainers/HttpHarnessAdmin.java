package io.kinesisharness.testcontainers;

import io.kinesisharness.ClockMode;
import io.kinesisharness.FaultRule;
import io.kinesisharness.HarnessAdmin;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.HarnessFaults;
import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.admin.FaultRuleMaps;
import io.kinesisharness.firehose.FirehoseDelivery;
import io.kinesisharness.firehose.FirehoseRoutes;
import io.kinesisharness.firehose.HarnessFirehose;
import io.kinesisharness.lambda.HarnessLambda;
import io.kinesisharness.analytics.AnalyticsApplication;
import io.kinesisharness.analytics.AnalyticsRoutes;
import io.kinesisharness.analytics.HarnessAnalytics;
import io.kinesisharness.glue.GlueRoutes;
import io.kinesisharness.glue.GlueTable;
import io.kinesisharness.glue.HarnessGlue;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link HarnessAdmin} over the admin API ({@code /_harness/...}) of a harness running elsewhere: a container
 * ({@link KinesisHarnessContainer#admin()}) or any standalone server.
 *
 * <pre>{@code
 * HarnessAdmin admin = new HttpHarnessAdmin(URI.create("http://127.0.0.1:4567"));
 * admin.clock().advance(Duration.ofHours(25));
 * }</pre>
 *
 * <p>It fails as the in-process harness does: a refused clock move (SYSTEM mode, backwards) throws
 * {@link IllegalStateException}, a rejected argument {@link IllegalArgumentException}. A server that cannot be
 * reached gives {@link UncheckedIOException}; a route the server does not know
 * {@link UnsupportedOperationException}.
 */
public final class HttpHarnessAdmin implements HarnessAdmin {

    /** Generous: an advance runs every effect that falls due, which can be many on a busy harness. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient http;
    private final HarnessClock clock = new RemoteClock();
    private final HarnessFaults faults = new RemoteFaults();
    private final HarnessFirehose firehose = new RemoteFirehose();
    private final HarnessLambda lambda;
    private final HarnessGlue glue = new RemoteGlue();
    private final HarnessAnalytics analytics = new RemoteAnalytics();

    public HttpHarnessAdmin(URI endpoint) {
        this(endpoint, DEFAULT_TIMEOUT);
    }

    /** @param timeout how long one admin call may take before it fails */
    public HttpHarnessAdmin(URI endpoint, Duration timeout) {
        this(endpoint, timeout, endpoint.getHost());
    }

    /**
     * @param callbackHost the name the harness reaches this JVM by, for Java functions served from here
     *     ({@code host.docker.internal} for a container; the endpoint's host for a server on this machine)
     */
    public HttpHarnessAdmin(URI endpoint, Duration timeout, String callbackHost) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.lambda = new RemoteLambda(this::call, Objects.requireNonNull(callbackHost, "callbackHost"));
        // HTTP/1.1: an h2c upgrade would add a round trip to every fresh connection and buys nothing here.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The harness's base URI, as given. */
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public HarnessClock clock() {
        return clock;
    }

    @Override
    public void reset() {
        call(AdminRoute.RESET, Map.of());
    }

    @Override
    public HarnessFaults faults() {
        return faults;
    }

    /** True when the server answers its health route; never throws. */
    @Override
    public boolean healthy() {
        try {
            return send(request(AdminRoute.HEALTH, null)).statusCode() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "HttpHarnessAdmin[" + endpoint + "]";
    }

    /** What the harness's Firehose delivery streams delivered, and flushing them now, over the admin API. */
    public HarnessFirehose firehose() {
        return firehose;
    }

    /** Kinesis Data Analytics applications started, fed and read over the admin API. */
    public HarnessAnalytics analytics() {
        return analytics;
    }

    /** The harness's table catalog (schemas for Firehose record format conversion) over the admin API. */
    public HarnessGlue glue() {
        return glue;
    }

    /**
     * The harness's Lambda stand-ins over the admin API: a URL is registered as given; a Java function is served
     * from this JVM over HTTP and registered by its URL.
     */
    public HarnessLambda lambda() {
        return lambda;
    }

    private Map<?, ?> call(AdminRoute route, Map<String, ?> body) {
        HttpRequest request = request(route, body);
        HttpResponse<String> response = send(request);
        int status = response.statusCode();
        String text = response.body();
        if (status == 200) {
            return (Map<?, ?>) Json.parse(text);
        }
        String message = errorMessage(text);
        throw switch (status) {
            case 400 -> new IllegalArgumentException(message);
            case 409 -> new IllegalStateException(message);
            case 404 -> new UnsupportedOperationException(message + " (" + endpoint + ")");
            default -> new IllegalStateException("Admin API " + route.method() + " " + request.uri() + " answered " + status
                    + ": " + message);
        };
    }

    private HttpRequest request(AdminRoute route, Map<String, ?> body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(endpoint.resolve(route.path())).timeout(timeout)
                .header("Content-Type", "application/json").method(route.method(), publisher).build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Admin API " + request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("Interrupted during " + request.uri()));
        }
    }

    private static String errorMessage(String body) {
        try {
            if (Json.parse(body) instanceof Map<?, ?> m && m.get("error") != null) {
                return m.get("error").toString();
            }
        } catch (IllegalArgumentException notJson) {
            // a proxy or an older server: show what came back
        }
        return body;
    }

    private final class RemoteClock implements HarnessClock {

        private volatile ClockMode mode;

        @Override
        public ClockMode mode() {
            // Fixed when the harness starts, so one round trip is enough.
            ClockMode m = mode;
            if (m == null) {
                m = ClockMode.valueOf(call(AdminRoute.CLOCK, null).get("mode").toString());
                mode = m;
            }
            return m;
        }

        @Override
        public Instant now() {
            return nowOf(call(AdminRoute.CLOCK, null));
        }

        @Override
        public Instant advance(Duration duration) {
            return nowOf(call(AdminRoute.CLOCK_ADVANCE, Map.of("duration", duration.toString())));
        }

        @Override
        public Instant setTo(Instant instant) {
            return nowOf(call(AdminRoute.CLOCK_SET, Map.of("now", instant.toString())));
        }

        private Instant nowOf(Map<?, ?> state) {
            return Instant.parse(state.get("now").toString());
        }

        @Override
        public String toString() {
            return "HarnessClock[" + endpoint + "]";
        }
    }

    private final class RemoteFaults implements HarnessFaults {

        @Override
        public void add(FaultRule rule) {
            call(AdminRoute.FAULTS_ADD, FaultRuleMaps.toMap(Objects.requireNonNull(rule, "rule")));
        }

        @Override
        public List<FaultRule> rules() {
            List<FaultRule> rules = new ArrayList<>();
            for (Object r : (List<?>) call(AdminRoute.FAULTS, null).get("faults")) {
                rules.add(FaultRuleMaps.fromMap((Map<?, ?>) r));
            }
            return List.copyOf(rules);
        }

        @Override
        public void clear() {
            call(AdminRoute.FAULTS_CLEAR, null);
        }
    }

    /** Kinesis Data Analytics' test view through {@link AnalyticsRoutes}. */
    private final class RemoteAnalytics implements HarnessAnalytics {

        @Override
        public void start(AnalyticsApplication a) {
            List<Map<String, String>> columns = new ArrayList<>();
            for (AnalyticsApplication.Column c : a.columns()) {
                columns.add(Map.of("name", c.name(), "sqlType", c.sqlType(), "mapping", c.mapping()));
            }
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("name", a.name());
            body.put("code", a.code());
            body.put("input", a.inputStream());
            body.put("format", a.format());
            body.put("recordRowPath", a.recordRowPath());
            body.put("columns", columns);
            body.put("outputs", a.outputs());
            body.put("startingPosition", a.startingPosition());
            call(AnalyticsRoutes.START, body);
        }

        @Override
        public void push(String application, List<String> records) {
            call(AnalyticsRoutes.PUSH, Map.of("application", application, "records", records));
        }

        @Override
        public List<String> received(String application, String inApplicationStream) {
            List<String> out = new ArrayList<>();
            Object records = call(AnalyticsRoutes.RECEIVED, Map.of("application", application, "stream",
                    inApplicationStream)).get("records");
            for (Object r : (List<?>) records) {
                out.add(r.toString());
            }
            return out;
        }

        @Override
        public void stop(String application) {
            call(AnalyticsRoutes.STOP, Map.of("application", application));
        }
    }

    /** The table catalog through {@link GlueRoutes}. */
    private final class RemoteGlue implements HarnessGlue {

        @Override
        public void registerTable(GlueTable table) {
            List<Map<String, String>> columns = new ArrayList<>();
            for (GlueTable.Column c : table.columns()) {
                columns.add(Map.of("name", c.name(), "type", c.type()));
            }
            call(GlueRoutes.REGISTER_TABLE, Map.of("database", table.database(), "table", table.table(),
                    "columns", columns));
        }

        @Override
        public List<GlueTable> tables() {
            throw new UnsupportedOperationException("The admin API does not list tables; the test registered them");
        }
    }

    /** Firehose's test view through {@link FirehoseRoutes}. */
    private final class RemoteFirehose implements HarnessFirehose {

        @Override
        public void flush(String deliveryStream) {
            call(FirehoseRoutes.FLUSH, Map.of("deliveryStream", Objects.requireNonNull(deliveryStream)));
        }

        @Override
        public void flushAll() {
            call(FirehoseRoutes.FLUSH, Map.of());
        }

        @Override
        public void putLogEvents(String deliveryStream, String logGroup, String logStream, List<String> messages) {
            call(FirehoseRoutes.LOG_EVENTS, Map.of("deliveryStream", Objects.requireNonNull(deliveryStream),
                    "logGroup", Objects.requireNonNull(logGroup), "logStream", Objects.requireNonNull(logStream),
                    "messages", List.copyOf(messages)));
        }

        @Override
        public void putControlMessage(String deliveryStream) {
            call(FirehoseRoutes.LOG_EVENTS, Map.of("deliveryStream", Objects.requireNonNull(deliveryStream),
                    "control", true));
        }

        @Override
        public List<FirehoseDelivery> deliveries(String deliveryStream) {
            Map<?, ?> answer = call(FirehoseRoutes.DELIVERIES, Map.of("deliveryStream",
                    Objects.requireNonNull(deliveryStream)));
            Base64.Decoder b64 = Base64.getDecoder();
            List<FirehoseDelivery> out = new ArrayList<>();
            for (Object o : (List<?>) answer.get("deliveries")) {
                Map<?, ?> d = (Map<?, ?>) o;
                List<byte[]> records = new ArrayList<>();
                for (Object r : (List<?>) d.get("records")) {
                    records.add(b64.decode(r.toString()));
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                ((Map<?, ?>) d.get("attributes")).forEach((k, v) -> attributes.put(k.toString(), String.valueOf(v)));
                out.add(new FirehoseDelivery(d.get("deliveryStream").toString(),
                        FirehoseDelivery.Destination.valueOf(d.get("destination").toString()),
                        Instant.parse(d.get("time").toString()), d.get("target").toString(), records,
                        b64.decode(d.get("body").toString()), attributes, ((Number) d.get("attempts")).intValue(),
                        d.get("errorCode") == null ? null : d.get("errorCode").toString(),
                        d.get("errorMessage") == null ? null : d.get("errorMessage").toString()));
            }
            return out;
        }
    }
}
