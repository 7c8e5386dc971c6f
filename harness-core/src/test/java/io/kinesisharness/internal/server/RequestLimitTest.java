package io.kinesisharness.internal.server;

import static io.kinesisharness.internal.server.TestSupport.closedByPeer;
import static io.kinesisharness.internal.server.TestSupport.json;
import static io.kinesisharness.internal.server.TestSupport.readBody;
import static io.kinesisharness.internal.server.TestSupport.readHead;
import static io.kinesisharness.internal.server.TestSupport.send;
import static io.kinesisharness.internal.server.TestSupport.socket;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import java.io.IOException;
import java.io.InputStream;
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
class RequestLimitTest {

    private static final int LIMIT = 1024;
    private static HarnessServer server;

    @BeforeAll
    static void start() {
        server = HarnessServer.start(ServerOptions.defaults().withMaxRequestBytes(LIMIT), new EchoHandler());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertTooLarge(String head, String body) {
        assertThat(head).startsWith("HTTP/1.1 413");
        assertThat(head.toLowerCase()).contains("content-type: application/x-amz-json-1.1");
        assertTooLargeBody(body);
    }

    private static void assertTooLargeBody(String body) {
        JsonNode error = json(body);
        assertThat(error.get("__type").asText()).isEqualTo("SerializationException");
        assertThat(error.get("message").asText()).isEqualTo("Request body too large");
    }

    private void assertStillServing() throws Exception {
        HttpResponse<String> response = TestSupport.httpClient(HttpClient.Version.HTTP_1_1).send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/ok"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[LIMIT])).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response.body()).get("bodyLength").asInt()).isEqualTo(LIMIT);
    }

    @Test
    void a_body_over_the_limit_gets_413_and_the_client_reads_it() throws Exception {
        HttpResponse<String> response = TestSupport.httpClient(HttpClient.Version.HTTP_1_1).send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/big"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[256 * 1024])).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/x-amz-json-1.1");
        assertTooLargeBody(response.body());
        assertStillServing();
    }

    @Test
    void a_client_still_uploading_reads_the_413_instead_of_a_connection_reset() throws Exception {
        int bodyLength = 8 * 1024 * 1024;
        try (Socket socket = socket(server)) {
            Thread uploader = new Thread(() -> {
                try {
                    send(socket, "PUT /upload HTTP/1.1\r\nHost: x\r\nContent-Length: " + bodyLength + "\r\n\r\n");
                    byte[] slice = new byte[64 * 1024];
                    for (int sent = 0; sent < bodyLength; sent += slice.length) {
                        socket.getOutputStream().write(slice);
                    }
                } catch (IOException ignored) {
                    // Whether the server reads the rest or not, the answer is what the test checks.
                }
            });
            uploader.start();
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            assertTooLarge(head, readBody(in, head));
            uploader.join(10_000);
            assertThat(closedByPeer(socket)).isTrue();
        }
    }

    @Test
    void a_chunked_body_over_the_limit_gets_413_and_the_connection_closes() throws Exception {
        try (Socket socket = socket(server)) {
            send(socket, "POST /chunks HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = "200\r\n" + "x".repeat(0x200) + "\r\n";
            send(socket, chunk.repeat(3) + "0\r\n\r\n");
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            assertTooLarge(head, readBody(in, head));
            assertThat(closedByPeer(socket)).isTrue();
        }
        assertStillServing();
    }

    @Test
    void an_expected_body_over_the_limit_is_refused_before_it_is_sent() throws Exception {
        try (Socket socket = socket(server)) {
            send(socket, "POST /expect HTTP/1.1\r\nHost: x\r\nContent-Length: 4096\r\nExpect: 100-continue\r\n\r\n");
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            assertTooLarge(head, readBody(in, head));
            assertThat(closedByPeer(socket)).isTrue();
        }
        assertStillServing();
    }

    @Test
    void an_http2_body_over_the_limit_gets_413_and_the_connection_keeps_serving() throws Exception {
        try (H2Client client = new H2Client(server, null)) {
            FullHttpResponse refused = client.exchange(client.request(HttpMethod.POST, "/big", new byte[64 * 1024]));
            try {
                assertThat(refused.status().code()).isEqualTo(413);
                assertThat(refused.headers().get("content-type")).isEqualTo("application/x-amz-json-1.1");
                assertTooLargeBody(refused.content().toString(StandardCharsets.UTF_8));
            } finally {
                refused.release();
            }
            FullHttpResponse ok = client.exchange(client.request(HttpMethod.POST, "/ok", new byte[LIMIT]));
            assertThat(ok.status().code()).isEqualTo(200);
            ok.release();
        }
    }
}
