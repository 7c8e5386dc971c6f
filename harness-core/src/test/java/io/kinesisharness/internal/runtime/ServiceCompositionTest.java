package io.kinesisharness.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.dispatch.OperationTable;
import io.kinesisharness.internal.errors.ErrorCode;
import io.kinesisharness.internal.protocol.awsjson.JsonProtocol;
import io.kinesisharness.internal.server.HarnessServer;
import io.kinesisharness.internal.server.ServerOptions;
import io.kinesisharness.internal.service.AdminHandler;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import io.kinesisharness.internal.service.ServiceProvider;
import io.kinesisharness.settings.Setting;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The runtime composes whatever services it is given and names none: a service of this test's own is built on
 * its first request, once, and serves its operations and admin routes; reset reaches only built services.
 */
class ServiceCompositionTest {

    private static final AdminRoute PING = new AdminRoute("GET", "fake/ping");
    private final AtomicInteger built = new AtomicInteger();
    private final AtomicInteger resets = new AtomicInteger();
    private HarnessRuntime runtime;
    private HarnessServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        runtime = new HarnessRuntime(HarnessConfig.defaults(), List.of(new FakeProvider(), new Json10Provider()));
        server = HarnessServer.bind(ServerOptions.defaults());
        server.serve(runtime.router());
    }

    @AfterEach
    void stop() {
        server.close();
        runtime.close();
    }

    @Test
    void a_service_is_built_on_its_first_call_and_only_once() throws Exception {
        assertThat(built).hasValue(0);
        assertThat(get("/_harness/services").body()).startsWith("{\"services\":[{\"name\":\"fake\",\"built\":false}");

        HttpResponse<String> first = call("Fake_20260101.Ping");
        HttpResponse<String> second = call("Fake_20260101.Ping");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"Answer\":\"pong\"}");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(built).hasValue(1);
        assertThat(get("/_harness/services").body()).contains("\"built\":true");
    }

    @Test
    void an_admin_route_a_service_declares_is_served_and_builds_it() throws Exception {
        HttpResponse<String> r = get(PING.path());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"pong\":true}");
        assertThat(built).hasValue(1);
        assertThat(get("/_harness/fake/other").statusCode()).isEqualTo(404);
    }

    @Test
    void reset_reaches_built_services_only() throws Exception {
        runtime.reset();
        assertThat(resets).hasValue(0);

        call("Fake_20260101.Ping");
        runtime.reset();

        assertThat(resets).hasValue(1);
    }

    @Test
    void a_json_1_0_service_answers_with_namespaced_error_types_and_a_crc32_of_every_body() throws Exception {
        HttpResponse<String> ok = call("Fake10_20120810.Ping", "application/x-amz-json-1.0");
        HttpResponse<String> failed = call("Fake10_20120810.Fail", "application/x-amz-json-1.0");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("{\"Answer\":\"pong\"}");
        assertThat(ok.headers().firstValue("x-amz-crc32")).hasValue(crc32(ok.body()));
        assertThat(failed.statusCode()).isEqualTo(400);
        assertThat(failed.body()).isEqualTo("{\"__type\":\"com.example.fake.v20120810#ThingNotFoundException\","
                + "\"message\":\"No such thing\"}");
        assertThat(failed.headers().firstValue("x-amz-crc32")).hasValue(crc32(failed.body()));
        // Kinesis answers carry none.
        assertThat(call("Fake_20260101.Ping").headers().firstValue("x-amz-crc32")).isEmpty();
    }

    @Test
    void a_service_refuses_an_encoding_its_protocol_does_not_take() throws Exception {
        HttpResponse<String> r = call("Fake10_20120810.Ping", "application/x-amz-json-1.1");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("content-type")).hasValue("application/x-amz-cbor-1.1");
        // Coral's own errors keep Coral's namespace in a JSON 1.0 service, as DynamoDB answers them.
        assertThat(r.body()).contains("com.amazon.coral.service#UnknownOperationException");
    }

    @Test
    void an_unknown_target_prefix_builds_nothing() throws Exception {
        HttpResponse<String> r = call("Other_20260101.Ping");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("UnknownOperationException");
        assertThat(built).hasValue(0);
    }

    private HttpResponse<String> call(String target) throws Exception {
        return call(target, "application/x-amz-json-1.1");
    }

    private static String crc32(String body) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Long.toString(crc.getValue());
    }

    private HttpResponse<String> call(String target, String contentType) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .header("X-Amz-Target", target).header("Content-Type", contentType)
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=000000000000/20260101/us-east-1/fake/"
                        + "aws4_request, SignedHeaders=host, Signature=0").header("X-Amz-Date", "20260101T000000Z")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The answer of the fake service's one operation. */
    public record PingResponse(@com.fasterxml.jackson.annotation.JsonProperty("Answer") String answer) {
    }

    /** Its input: an empty object. */
    public record PingRequest() {
    }

    private final class FakeProvider implements ServiceProvider {
        @Override
        public String name() {
            return "fake";
        }

        @Override
        public List<String> targetPrefixes() {
            return List.of("Fake_20260101");
        }

        @Override
        public List<AdminRoute> adminRoutes() {
            return List.of(PING);
        }

        @Override
        public List<Setting<?>> settings() {
            return List.of();
        }

        @Override
        public List<? extends ErrorCode> errors() {
            return List.of();
        }

        @Override
        public boolean buildAtStart(HarnessConfig config) {
            return false;
        }

        @Override
        public ServiceModule create(ServiceContext context) {
            built.incrementAndGet();
            return new ServiceModule() {
                @Override
                public void register(OperationTable table) {
                    table.service("fake", "Fake_20260101", JsonProtocol.KINESIS).add("Ping", PingRequest.class,
                            (ctx, in) -> new PingResponse("pong"));
                }

                @Override
                public void reset() {
                    resets.incrementAndGet();
                }

                @Override
                public Map<AdminRoute, AdminHandler> adminRoutes() {
                    return Map.of(PING, body -> Map.of("pong", true));
                }
            };
        }
    }

    /** A service on AWS JSON 1.0, as DynamoDB is. */
    private static final class Json10Provider implements ServiceProvider {
        private static final ErrorCode NOT_FOUND = new ErrorCode() {
            @Override
            public String code() {
                return "ThingNotFoundException";
            }

            @Override
            public int status() {
                return 400;
            }
        };

        @Override
        public String name() {
            return "fake10";
        }

        @Override
        public List<String> targetPrefixes() {
            return List.of("Fake10_20120810");
        }

        @Override
        public List<Setting<?>> settings() {
            return List.of();
        }

        @Override
        public List<? extends ErrorCode> errors() {
            return List.of(NOT_FOUND);
        }

        @Override
        public boolean buildAtStart(HarnessConfig config) {
            return false;
        }

        @Override
        public ServiceModule create(ServiceContext context) {
            return new ServiceModule() {
                @Override
                public void register(OperationTable table) {
                    table.service("fake10", "Fake10_20120810", JsonProtocol.json10("com.example.fake.v20120810#",
                            "com.example.fake.v20120810"))
                            .add("Ping", PingRequest.class, (ctx, in) -> new PingResponse("pong"))
                            .add("Fail", PingRequest.class, (ctx, in) -> {
                                throw NOT_FOUND.exception("No such thing");
                            });
                }

                @Override
                public void reset() {
                }
            };
        }
    }
}
