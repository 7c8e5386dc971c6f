package io.kinesisharness.internal.server;

import static io.kinesisharness.internal.server.TestSupport.closedByPeer;
import static io.kinesisharness.internal.server.TestSupport.crc;
import static io.kinesisharness.internal.server.TestSupport.json;
import static io.kinesisharness.internal.server.TestSupport.randomBytes;
import static io.kinesisharness.internal.server.TestSupport.readBody;
import static io.kinesisharness.internal.server.TestSupport.readHead;
import static io.kinesisharness.internal.server.TestSupport.send;
import static io.kinesisharness.internal.server.TestSupport.socket;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class Http1ServerTest {

    private static final EchoHandler HANDLER = new EchoHandler();
    private static HarnessServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        server = HarnessServer.start(ServerOptions.defaults(), HANDLER);
        client = TestSupport.httpClient(HttpClient.Version.HTTP_1_1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void sequential_requests_reuse_one_keep_alive_connection() throws Exception {
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(uri("/one")).header("x-test", "a").build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = client.send(HttpRequest.newBuilder(uri("/two")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(first.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        JsonNode one = json(first.body());
        assertThat(one.get("method").asText()).isEqualTo("GET");
        assertThat(one.get("path").asText()).isEqualTo("/one");
        assertThat(one.get("header").asText()).isEqualTo("a");
        assertThat(one.get("h2").asBoolean()).isFalse();
        assertThat(one.get("tls").asBoolean()).isFalse();
        assertThat(json(second.body()).get("connection").asText()).isEqualTo(one.get("connection").asText());
    }

    @Test
    void a_one_mebibyte_body_reaches_the_handler_whole() throws Exception {
        byte[] body = randomBytes(1024 * 1024, 1);
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(uri("/upload")).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        JsonNode echo = json(response.body());
        assertThat(echo.get("method").asText()).isEqualTo("POST");
        assertThat(echo.get("bodyLength").asInt()).isEqualTo(body.length);
        assertThat(echo.get("crc").asLong()).isEqualTo(crc(body));
    }

    @Test
    void expect_100_continue_is_answered_before_the_body_is_sent() throws Exception {
        try (Socket socket = socket(server)) {
            send(socket, "POST /continue HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
            InputStream in = socket.getInputStream();
            assertThat(readHead(in)).startsWith("HTTP/1.1 100 Continue");

            send(socket, "hello");
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 200");
            assertThat(json(readBody(in, head)).get("bodyLength").asInt()).isEqualTo(5);
        }
    }

    @Test
    void chunked_request_bodies_are_aggregated() throws Exception {
        try (Socket socket = socket(server)) {
            send(socket, "POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n");
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 200");
            assertThat(json(readBody(in, head)).get("bodyLength").asInt()).isEqualTo(7);
        }
    }

    @Test
    void pipelined_requests_are_answered_in_order_on_one_connection() throws Exception {
        try (Socket socket = socket(server)) {
            send(socket, "GET /first HTTP/1.1\r\nHost: x\r\n\r\nGET /second HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /third HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            InputStream in = socket.getInputStream();
            for (String path : new String[] {"/first", "/second", "/third"}) {
                String head = readHead(in);
                assertThat(head).startsWith("HTTP/1.1 200");
                assertThat(json(readBody(in, head)).get("path").asText()).isEqualTo(path);
            }
            assertThat(closedByPeer(socket)).as("closed after the Connection: close request").isTrue();
        }
    }

    @Test
    void a_pipelined_request_is_answered_only_after_the_streamed_response_before_it() throws Exception {
        try (Socket socket = socket(server)) {
            send(socket, "GET /stream HTTP/1.1\r\nHost: x\r\n\r\nGET /queued HTTP/1.1\r\nHost: x\r\n\r\n");
            InputStream in = socket.getInputStream();
            assertThat(readHead(in)).startsWith("HTTP/1.1 200").containsIgnoringCase("transfer-encoding: chunked");
            assertThat(TestSupport.readThrough(in, "chunk-1\n\r\n")).endsWith("8\r\nchunk-1\n\r\n");

            HANDLER.nextStream().finish();
            assertThat(TestSupport.readThrough(in, "0\r\n\r\n"))
                    .isEqualTo("8\r\nchunk-2\n\r\n8\r\nchunk-3\n\r\n0\r\n\r\n");
            String head = readHead(in);
            assertThat(json(readBody(in, head)).get("path").asText()).isEqualTo("/queued");
        }
    }

    @Test
    void a_streamed_response_delivers_chunks_before_it_ends() throws Exception {
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri("/stream")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("transfer-encoding")).hasValue("chunked");
        try (BufferedReader body = new BufferedReader(
                new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(body.readLine()).isEqualTo("chunk-1");
            EchoHandler.Stream stream = HANDLER.nextStream();
            assertThat(stream.channel().isActive()).isTrue();

            stream.finish();
            assertThat(body.readLine()).isEqualTo("chunk-2");
            assertThat(body.readLine()).isEqualTo("chunk-3");
            assertThat(body.readLine()).isNull();
        }
        // The connection survives the streamed response and serves the next request.
        HttpResponse<String> next = client.send(HttpRequest.newBuilder(uri("/after")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json(next.body()).get("path").asText()).isEqualTo("/after");
    }

    @Test
    void garbage_closes_the_connection_and_the_server_keeps_serving() throws Exception {
        try (Socket socket = socket(server)) {
            send(socket, "\u0000\u0001\u0002 not http at all \u00ff\r\n\r\n");
            assertThat(TestSupport.readUntilClosed(socket))
                    .startsWith("HTTP/1.1 400").contains("SerializationException");
        }
        // Bytes that look like a TLS record but are not one.
        try (Socket socket = socket(server)) {
            socket.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x00, 0x05, 1, 2, 3, 4, 5, 6, 7, 8});
            assertThat(closedByPeer(socket)).isTrue();
        }
        HttpResponse<String> next = client.send(HttpRequest.newBuilder(uri("/still-here")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(next.statusCode()).isEqualTo(200);
    }
}
