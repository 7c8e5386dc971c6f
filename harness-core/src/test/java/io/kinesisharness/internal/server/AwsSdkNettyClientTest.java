package io.kinesisharness.internal.server;

import static io.kinesisharness.internal.server.TestSupport.crc;
import static io.kinesisharness.internal.server.TestSupport.json;
import static io.kinesisharness.internal.server.TestSupport.randomBytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.channel.nio.NioEventLoopGroup;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.ProtocolNegotiation;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.utils.AttributeMap;

/** The transport the AWS SDK (and so the KCL) really uses, driven below the service clients. */
@Timeout(60)
class AwsSdkNettyClientTest {

    private static final EchoHandler HANDLER = new EchoHandler();
    private static final NioEventLoopGroup CLIENT_THREADS = new NioEventLoopGroup(2);
    private static HarnessServer server;

    @BeforeAll
    static void start() {
        server = HarnessServer.start(ServerOptions.defaults(), HANDLER);
    }

    @AfterAll
    static void stop() {
        server.close();
        CLIENT_THREADS.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }

    private static SdkAsyncHttpClient client(Protocol protocol, ProtocolNegotiation negotiation) {
        return NettyNioAsyncHttpClient.builder()
                .protocol(protocol)
                .protocolNegotiation(negotiation)
                .eventLoopGroup(SdkEventLoopGroup.create(CLIENT_THREADS))
                .buildWithDefaults(AttributeMap.builder()
                        .put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, true).build());
    }

    private static SdkHttpFullRequest request(String scheme, String path, int bodyLength) {
        return SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(URI.create(scheme + "://127.0.0.1:" + server.port() + path))
                .putHeader("Content-Length", Integer.toString(bodyLength))
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("x-test", "sdk")
                .build();
    }

    private static SdkResponse execute(SdkAsyncHttpClient client, SdkHttpFullRequest request, byte[] body) {
        SdkResponse response = new SdkResponse();
        client.execute(AsyncExecuteRequest.builder()
                .request(request)
                .requestContentPublisher(new SdkResponse.BytesPublisher(body))
                .responseHandler(response)
                .build());
        return response;
    }

    private static JsonNode echo(SdkAsyncHttpClient client, String scheme, byte[] body) throws Exception {
        SdkResponse response = execute(client, request(scheme, "/sdk", body.length), body);
        assertThat(response.status()).isEqualTo(200);
        JsonNode echo = json(response.body());
        assertThat(echo.get("header").asText()).isEqualTo("sdk");
        assertThat(echo.get("bodyLength").asInt()).isEqualTo(body.length);
        assertThat(echo.get("crc").asLong()).isEqualTo(crc(body));
        return echo;
    }

    @Test
    void the_sdk_http2_client_on_http_uses_prior_knowledge_h2c() throws Exception {
        try (SdkAsyncHttpClient client = client(Protocol.HTTP2, ProtocolNegotiation.ASSUME_PROTOCOL)) {
            // PutRecords bodies reach about 7 MB once base64-encoded.
            JsonNode echo = echo(client, "http", randomBytes(7 * 1024 * 1024, 4));
            assertThat(echo.get("h2").asBoolean()).isTrue();
            assertThat(echo.get("tls").asBoolean()).isFalse();
        }
    }

    @Test
    void the_sdk_http2_client_on_https_without_alpn_is_served_over_http2() throws Exception {
        try (SdkAsyncHttpClient client = client(Protocol.HTTP2, ProtocolNegotiation.ASSUME_PROTOCOL)) {
            JsonNode echo = echo(client, "https", randomBytes(100_000, 5));
            assertThat(echo.get("h2").asBoolean()).isTrue();
            assertThat(echo.get("tls").asBoolean()).isTrue();
        }
    }

    @Test
    void the_sdk_http2_client_on_https_with_alpn_is_served_over_http2() throws Exception {
        try (SdkAsyncHttpClient client = client(Protocol.HTTP2, ProtocolNegotiation.ALPN)) {
            JsonNode echo = echo(client, "https", randomBytes(100_000, 6));
            assertThat(echo.get("h2").asBoolean()).isTrue();
            assertThat(echo.get("tls").asBoolean()).isTrue();
        }
    }

    @Test
    void the_sdk_http1_client_is_served_over_http1_on_both_schemes() throws Exception {
        try (SdkAsyncHttpClient client = client(Protocol.HTTP1_1, ProtocolNegotiation.ASSUME_PROTOCOL)) {
            JsonNode plain = echo(client, "http", randomBytes(2 * 1024 * 1024, 7));
            JsonNode tls = echo(client, "https", randomBytes(1000, 8));
            assertThat(plain.get("h2").asBoolean()).isFalse();
            assertThat(plain.get("tls").asBoolean()).isFalse();
            assertThat(tls.get("h2").asBoolean()).isFalse();
            assertThat(tls.get("tls").asBoolean()).isTrue();
        }
    }

    @Test
    void the_sdk_receives_streamed_chunks_while_the_response_is_open() throws Exception {
        try (SdkAsyncHttpClient client = client(Protocol.HTTP2, ProtocolNegotiation.ASSUME_PROTOCOL)) {
            SdkResponse response = execute(client, request("http", "/stream", 0), new byte[0]);
            assertThat(response.nextChunk()).isEqualTo("chunk-1\n");
            assertThat(response.isComplete()).isFalse();

            HANDLER.nextStream().finish();
            String rest = response.nextChunk();
            while (!rest.endsWith("chunk-3\n")) {
                rest += response.nextChunk();
            }
            assertThat(rest).isEqualTo("chunk-2\nchunk-3\n");
            assertThat(new String(response.bodyBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("chunk-1\nchunk-2\nchunk-3\n");
        }
    }
}
