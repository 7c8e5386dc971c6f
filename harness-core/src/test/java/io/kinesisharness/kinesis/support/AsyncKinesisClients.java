package io.kinesisharness.kinesis.support;

import io.kinesisharness.KinesisHarness;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.ProtocolNegotiation;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * {@link KinesisAsyncClient}s on the SDK's Netty client speaking HTTP/2, as enhanced fan-out consumers use them:
 * prior knowledge on {@code http://}, TLS with or without ALPN on {@code https://} (certificates not checked:
 * the harness's own is self-signed). Retries are off so errors arrive as sent.
 */
public final class AsyncKinesisClients {

    /** How a client reaches the harness. */
    public enum Transport {
        H2C_PRIOR_KNOWLEDGE(false, ProtocolNegotiation.ASSUME_PROTOCOL),
        TLS_WITH_ALPN(true, ProtocolNegotiation.ALPN),
        TLS_WITHOUT_ALPN(true, ProtocolNegotiation.ASSUME_PROTOCOL);

        final boolean https;
        final ProtocolNegotiation negotiation;

        Transport(boolean https, ProtocolNegotiation negotiation) {
            this.https = https;
            this.negotiation = negotiation;
        }
    }

    private AsyncKinesisClients() {
    }

    public static KinesisAsyncClient create(KinesisHarness harness, Wire wire, Transport transport,
            ContentTypeRecorder recorder) {
        URI endpoint = transport.https ? harness.httpsEndpoint() : harness.endpoint();
        NettyNioAsyncHttpClient.Builder http = NettyNioAsyncHttpClient.builder()
                .protocol(Protocol.HTTP2)
                .protocolNegotiation(transport.negotiation)
                .connectionAcquisitionTimeout(Duration.ofSeconds(10));
        return KinesisClients.inEncoding(wire, () -> KinesisAsyncClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(harness.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(harness.accessKey(), harness.secretKey())))
                // A builder rather than a built client, so the service client owns it and closing it drops the
                // connections, as an application's client would.
                .httpClientBuilder(defaults -> http.buildWithDefaults(AttributeMap.builder()
                        .put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, true).build().merge(defaults)))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .addExecutionInterceptor(recorder))
                .build());
    }
}
