package io.kinesisharness.internal.server;

import static io.kinesisharness.internal.server.TestSupport.json;
import static io.kinesisharness.internal.server.TestSupport.readBody;
import static io.kinesisharness.internal.server.TestSupport.readHead;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class TlsServerTest {

    private static final X509Certificate CERTIFICATE = SelfSignedCertificates.shared().certificate();
    private static HarnessServer server;

    @BeforeAll
    static void start() {
        server = HarnessServer.start(ServerOptions.defaults(), new EchoHandler());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HttpResponse<String> get(HttpClient.Version version, String path) throws Exception {
        return TestSupport.httpsClient(version, CERTIFICATE).send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void https_with_alpn_http1_is_served_over_http1() throws Exception {
        HttpResponse<String> response = get(HttpClient.Version.HTTP_1_1, "/tls1");

        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        JsonNode echo = json(response.body());
        assertThat(echo.get("tls").asBoolean()).isTrue();
        assertThat(echo.get("h2").asBoolean()).isFalse();
    }

    @Test
    void https_with_alpn_h2_is_served_over_http2() throws Exception {
        HttpResponse<String> response = get(HttpClient.Version.HTTP_2, "/tls2");

        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(response.sslSession()).isPresent();
        assertThat(response.sslSession().get().getPeerCertificates()[0]).isEqualTo(CERTIFICATE);
        JsonNode echo = json(response.body());
        assertThat(echo.get("tls").asBoolean()).isTrue();
        assertThat(echo.get("h2").asBoolean()).isTrue();
    }

    @Test
    void tls_without_alpn_falls_back_to_http1() throws Exception {
        var factory = TestSupport.trusting(CERTIFICATE).getSocketFactory();
        try (SSLSocket socket = (SSLSocket) factory.createSocket(server.host(), server.port())) {
            socket.setSoTimeout(5_000);
            socket.startHandshake();
            assertThat(socket.getApplicationProtocol()).isEmpty();
            socket.getOutputStream().write(
                    "GET /plain HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 200");
            JsonNode echo = json(readBody(in, head));
            assertThat(echo.get("tls").asBoolean()).isTrue();
            assertThat(echo.get("h2").asBoolean()).isFalse();
        }
    }

    @Test
    void tls_without_alpn_carrying_the_http2_preface_is_served_over_http2() throws Exception {
        SslContext noAlpn = SslContextBuilder.forClient().sslProvider(SslProvider.JDK)
                .trustManager(CERTIFICATE).build();
        try (H2Client client = new H2Client(server, noAlpn)) {
            FullHttpResponse response = client.exchange(client.request(HttpMethod.POST, "/tls-h2", new byte[10]));
            try {
                JsonNode echo = json(response.content().toString(StandardCharsets.UTF_8));
                assertThat(echo.get("tls").asBoolean()).isTrue();
                assertThat(echo.get("h2").asBoolean()).isTrue();
                assertThat(echo.get("bodyLength").asInt()).isEqualTo(10);
            } finally {
                response.release();
            }
        }
    }
}
