package io.kinesisharness.internal.junit;

import io.kinesisharness.KinesisHarness;
import io.kinesisharness.junit.KinesisStreamReader;
import io.kinesisharness.junit.WireProtocol;
import java.net.URI;
import java.util.ServiceLoader;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsAsyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.SdkHttpService;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpService;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * Builds AWS SDK v2 clients pointed at a harness. Only loaded when a test asks for an SDK type, so the SDK
 * stays an optional dependency.
 */
public final class SdkClients {

    /**
     * The SDK reads {@code aws.cborEnabled} once, while a client is built; building JSON clients under one lock
     * keeps concurrently built clients from seeing each other's setting.
     */
    private static final Object CBOR_SETTING = new Object();
    private static final String CBOR_PROPERTY = "aws.cborEnabled";

    private SdkClients() {
    }

    public static KinesisClient kinesis(HarnessResource r) {
        return withProtocol(r.options().protocol(), () -> sync(KinesisClient.builder(), r));
    }

    public static KinesisAsyncClient kinesisAsync(HarnessResource r) {
        var b = pointAt(KinesisAsyncClient.builder(), r);
        if (r.options().https()) {
            b.httpClient(trustingAsyncClient());
        }
        return withProtocol(r.options().protocol(), b::build);
    }

    public static KinesisStreamReader reader(HarnessResource r) {
        return new KinesisStreamReader(r.client(KinesisClient.class, SdkClients::kinesis));
    }

    /**
     * A synchronous client of any service pointed at the harness; over https it trusts the harness's certificate.
     * The service classes stay in the callers (one small class per optional SDK module), so a module is loaded
     * only when a test asks for its client.
     */
    static <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C sync(B b, HarnessResource r) {
        pointAt(b, r);
        if (r.options().https()) {
            b.httpClient(trustingSyncClient());
        }
        return b.build();
    }

    /** An asynchronous client over HTTP/1.1 (every service but Kinesis, whose async clients need HTTP/2). */
    static <B extends AwsAsyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C asyncHttp1(B b, HarnessResource r) {
        pointAt(b, r);
        if (r.options().https()) {
            b.httpClient(trustingAsyncHttp1Client());
        }
        return b.build();
    }

    private static <B extends AwsClientBuilder<B, ?>> B pointAt(B b, HarnessResource r) {
        KinesisHarness h = r.harness();
        URI endpoint = r.options().https() ? h.httpsEndpoint() : h.endpoint();
        return b.endpointOverride(endpoint).region(Region.of(h.region())).credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(h.accessKey(), h.secretKey())));
    }

    private static <T> T withProtocol(WireProtocol protocol, java.util.function.Supplier<T> build) {
        if (protocol == WireProtocol.CBOR) {
            return build.get();
        }
        synchronized (CBOR_SETTING) {
            String before = System.getProperty(CBOR_PROPERTY);
            System.setProperty(CBOR_PROPERTY, "false");
            try {
                return build.get();
            } finally {
                if (before == null) {
                    System.clearProperty(CBOR_PROPERTY);
                } else {
                    System.setProperty(CBOR_PROPERTY, before);
                }
            }
        }
    }

    private static AttributeMap trustAll() {
        return AttributeMap.builder().put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, true).build();
    }

    private static SdkHttpClient trustingSyncClient() {
        SdkHttpService service = ServiceLoader.load(SdkHttpService.class).findFirst().orElseThrow(() ->
                new IllegalStateException("https needs an AWS SDK HTTP client module (apache-client, ...) on the classpath"));
        return service.createHttpClientBuilder().buildWithDefaults(trustAll());
    }

    /** For S3, whose async clients speak HTTP/1.1. */
    private static SdkAsyncHttpClient trustingAsyncHttp1Client() {
        SdkAsyncHttpService service = ServiceLoader.load(SdkAsyncHttpService.class).findFirst().orElseThrow(() ->
                new IllegalStateException("https needs the AWS SDK netty-nio-client module on the classpath"));
        return service.createAsyncHttpClientFactory().buildWithDefaults(trustAll());
    }

    private static SdkAsyncHttpClient trustingAsyncClient() {
        SdkAsyncHttpService service = ServiceLoader.load(SdkAsyncHttpService.class).findFirst().orElseThrow(() ->
                new IllegalStateException("https needs the AWS SDK netty-nio-client module on the classpath"));
        // Kinesis async clients speak HTTP/2 (SubscribeToShard needs it); a client built here must say so itself.
        return service.createAsyncHttpClientFactory().buildWithDefaults(trustAll().toBuilder()
                .put(SdkHttpConfigurationOption.PROTOCOL, software.amazon.awssdk.http.Protocol.HTTP2).build());
    }
}
