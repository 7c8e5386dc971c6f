package io.kinesisharness.testcontainers;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.KinesisClientBuilder;
import software.amazon.awssdk.utils.AttributeMap;

/** Containers of the image under test and SDK clients for them. */
final class Harnesses {

    /** Set by the build to the image it just made. */
    static final String IMAGE = System.getProperty("kinesis-harness.image", "kinesis-harness:latest");

    private static final Object CBOR_PROPERTY = new Object();
    private static final AttributeMap TRUST_ALL = AttributeMap.builder()
            .put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, true).build();

    private Harnesses() {
    }

    /** A container of the local image; never pulled, since no registry holds it. */
    static KinesisHarnessContainer container() {
        return new KinesisHarnessContainer(IMAGE).withImagePullPolicy(image -> false);
    }

    /** The SDK's default wire format, CBOR. */
    static KinesisClient cbor(KinesisHarnessContainer c, WireLog log) {
        return builder(c, log).endpointOverride(c.getEndpoint()).httpClientBuilder(Apache5HttpClient.builder()).build();
    }

    /** JSON: the SDK reads {@code aws.cborEnabled} once, when a client is built. */
    static KinesisClient json(KinesisHarnessContainer c, WireLog log) {
        synchronized (CBOR_PROPERTY) {
            String before = System.getProperty("aws.cborEnabled");
            System.setProperty("aws.cborEnabled", "false");
            try {
                return builder(c, log).endpointOverride(c.getEndpoint()).httpClientBuilder(Apache5HttpClient.builder())
                        .build();
            } finally {
                if (before == null) {
                    System.clearProperty("aws.cborEnabled");
                } else {
                    System.setProperty("aws.cborEnabled", before);
                }
            }
        }
    }

    /** Over TLS, trusting the container's self-signed certificate; a builder, so the client closes it. */
    static KinesisClient https(KinesisHarnessContainer c, WireLog log) {
        return builder(c, log).endpointOverride(c.getHttpsEndpoint())
                .httpClientBuilder(serviceDefaults -> Apache5HttpClient.builder().buildWithDefaults(TRUST_ALL.merge(serviceDefaults)))
                .build();
    }

    private static KinesisClientBuilder builder(KinesisHarnessContainer c, WireLog log) {
        // No retries: a throttling fault must reach the test instead of being absorbed.
        return KinesisClient.builder()
                .region(Region.of(c.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(c.getAccessKey(), c.getSecretKey())))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).addExecutionInterceptor(log));
    }
}
