package io.kinesisharness.internal.server;

import static io.kinesisharness.internal.server.TestSupport.crc;
import static io.kinesisharness.internal.server.TestSupport.json;
import static io.kinesisharness.internal.server.TestSupport.randomBytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class Http2ServerTest {

    private static final EchoHandler HANDLER = new EchoHandler();
    private static HarnessServer server;

    @BeforeAll
    static void start() {
        server = HarnessServer.start(ServerOptions.defaults(), HANDLER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_upgrade_to_h2c_serves_the_upgrading_request_and_later_ones_over_http2() throws Exception {
        HttpClient client = TestSupport.httpClient(HttpClient.Version.HTTP_2);
        URI base = URI.create("http://127.0.0.1:" + server.port());

        HttpResponse<String> upgraded = client.send(
                HttpRequest.newBuilder(base.resolve("/upgrade")).header("x-test", "up").build(),
                HttpResponse.BodyHandlers.ofString());
        byte[] body = randomBytes(300_000, 2);
        HttpResponse<String> next = client.send(HttpRequest.newBuilder(base.resolve("/next"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(upgraded.version()).isEqualTo(HttpClient.Version.HTTP_2);
        JsonNode first = json(upgraded.body());
        assertThat(first.get("h2").asBoolean()).isTrue();
        assertThat(first.get("header").asText()).isEqualTo("up");
        assertThat(first.get("path").asText()).isEqualTo("/upgrade");
        JsonNode second = json(next.body());
        assertThat(next.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(second.get("bodyLength").asInt()).isEqualTo(body.length);
        assertThat(second.get("crc").asLong()).isEqualTo(crc(body));
        assertThat(second.get("connection").asText()).isEqualTo(first.get("connection").asText());
    }

    @Test
    void prior_knowledge_h2c_serves_several_streams_on_one_connection() throws Exception {
        try (H2Client client = new H2Client(server, null)) {
            byte[] body = randomBytes(5 * 1024 * 1024, 3);
            FullHttpResponse big = client.exchange(client.request(HttpMethod.POST, "/big", body));
            FullHttpResponse small = client.exchange(client.request(HttpMethod.GET, "/small", new byte[0]));
            try {
                JsonNode bigEcho = json(big.content().toString(StandardCharsets.UTF_8));
                JsonNode smallEcho = json(small.content().toString(StandardCharsets.UTF_8));
                assertThat(big.status().code()).isEqualTo(200);
                assertThat(bigEcho.get("h2").asBoolean()).isTrue();
                assertThat(bigEcho.get("tls").asBoolean()).isFalse();
                assertThat(bigEcho.get("bodyLength").asInt()).isEqualTo(body.length);
                assertThat(bigEcho.get("crc").asLong()).isEqualTo(crc(body));
                assertThat(smallEcho.get("path").asText()).isEqualTo("/small");
                assertThat(smallEcho.get("connection").asText()).isEqualTo(bigEcho.get("connection").asText());
            } finally {
                big.release();
                small.release();
            }
        }
    }

    @Test
    void a_streamed_response_delivers_data_frames_before_it_ends() throws Exception {
        try (H2Client client = new H2Client(server, null)) {
            H2Client.Streaming response = client.stream(client.request(HttpMethod.GET, "/stream", new byte[0]));
            assertThat(response.next()).isEqualTo("status 200");
            assertThat(response.next()).isEqualTo("chunk-1\n");
            assertThat(response.parts()).isEmpty();

            HANDLER.nextStream().finish();
            assertThat(response.next()).isEqualTo("chunk-2\n");
            assertThat(response.next()).isEqualTo("chunk-3\n");
            assertThat(response.next()).isEqualTo("end");
        }
    }

    @Test
    void a_client_reset_closes_only_that_stream_on_the_server() throws Exception {
        try (H2Client client = new H2Client(server, null)) {
            H2Client.Streaming response = client.stream(client.request(HttpMethod.GET, "/stream", new byte[0]));
            assertThat(response.next()).isEqualTo("status 200");
            EchoHandler.Stream serverSide = HANDLER.nextStream();

            response.channel().close(); // an open stream closed by the client is reset (RST_STREAM)
            assertThat(serverSide.channel().closeFuture().await(10, TimeUnit.SECONDS)).isTrue();

            FullHttpResponse after = client.exchange(client.request(HttpMethod.GET, "/after-reset", new byte[0]));
            assertThat(after.status().code()).isEqualTo(200);
            after.release();
        }
    }

    @Test
    void a_dropped_connection_closes_its_streams_on_the_server() throws Exception {
        EchoHandler.Stream serverSide;
        try (H2Client client = new H2Client(server, null)) {
            H2Client.Streaming response = client.stream(client.request(HttpMethod.GET, "/stream", new byte[0]));
            assertThat(response.next()).isEqualTo("status 200");
            serverSide = HANDLER.nextStream();
            assertThat(serverSide.channel().isActive()).isTrue();
        }
        assertThat(serverSide.channel().closeFuture().await(10, TimeUnit.SECONDS)).isTrue();
    }
}
