package io.kinesisharness.kinesis.support;

import io.kinesisharness.KinesisHarness;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/** Real SDK v2 clients for a running harness, in either encoding, with retries off so errors arrive as sent. */
public final class KinesisClients {

    private static final String CBOR_PROPERTY = "aws.cborEnabled";
    /** The SDK reads the CBOR switch from a JVM-wide property, so building a JSON client must not overlap another. */
    private static final Object CBOR_PROPERTY_LOCK = new Object();

    private KinesisClients() {
    }

    public static KinesisClient create(KinesisHarness harness, Wire wire, ContentTypeRecorder recorder) {
        return create(harness, wire, recorder, harness.accessKey(), harness.region());
    }

    public static KinesisClient create(KinesisHarness harness, Wire wire, ContentTypeRecorder recorder,
            String accessKey, String region) {
        return inEncoding(wire, () -> KinesisClient.builder()
                .endpointOverride(harness.endpoint())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(accessKey, harness.secretKey())))
                .httpClientBuilder(Apache5HttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .addExecutionInterceptor(recorder))
                .build());
    }

    /** Builds a client (sync or async) that speaks {@code wire}. */
    public static <T> T inEncoding(Wire wire, java.util.function.Supplier<T> build) {
        synchronized (CBOR_PROPERTY_LOCK) {
            String before = System.getProperty(CBOR_PROPERTY);
            // The protocol factory captures the property while the client is built; afterwards it is never read.
            System.setProperty(CBOR_PROPERTY, wire == Wire.CBOR ? "true" : "false");
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
}
