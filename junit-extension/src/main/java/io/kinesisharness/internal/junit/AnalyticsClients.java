package io.kinesisharness.internal.junit;

import io.kinesisharness.KinesisHarness;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsAsyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesisanalytics.KinesisAnalyticsAsyncClient;
import software.amazon.awssdk.services.kinesisanalytics.KinesisAnalyticsClient;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2AsyncClient;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;

/**
 * Kinesis Data Analytics clients (the v1 and v2 APIs) pointed at a harness. Loaded only when a test asks for one:
 * the SDK's kinesisanalytics modules are optional.
 */
public final class AnalyticsClients {

    private AnalyticsClients() {
    }

    public static KinesisAnalyticsClient v1(HarnessResource r) {
        return sync(KinesisAnalyticsClient.builder(), r);
    }

    public static KinesisAnalyticsAsyncClient v1Async(HarnessResource r) {
        return async(KinesisAnalyticsAsyncClient.builder(), r);
    }

    public static KinesisAnalyticsV2Client v2(HarnessResource r) {
        return sync(KinesisAnalyticsV2Client.builder(), r);
    }

    public static KinesisAnalyticsV2AsyncClient v2Async(HarnessResource r) {
        return async(KinesisAnalyticsV2AsyncClient.builder(), r);
    }

    private static <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C sync(B b,
            HarnessResource r) {
        pointAt(b, r);
        if (r.options().https()) {
            b.httpClient(SdkClients.trustingSyncClient());
        }
        return b.build();
    }

    private static <B extends AwsAsyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C async(B b,
            HarnessResource r) {
        pointAt(b, r);
        if (r.options().https()) {
            b.httpClient(SdkClients.trustingAsyncHttp1Client());
        }
        return b.build();
    }

    private static void pointAt(AwsClientBuilder<?, ?> b, HarnessResource r) {
        KinesisHarness h = r.harness();
        b.endpointOverride(r.options().https() ? h.httpsEndpoint() : h.endpoint()).region(Region.of(h.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(h.accessKey(),
                        h.secretKey())));
    }
}
