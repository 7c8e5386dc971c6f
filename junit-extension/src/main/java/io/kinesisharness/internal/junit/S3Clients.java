package io.kinesisharness.internal.junit;

import io.kinesisharness.KinesisHarness;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 clients pointed at a harness, with the SDK's defaults otherwise (flexible checksums included). They reach it
 * by its IP address, for which the SDK addresses buckets path-style by itself: a name like
 * {@code bucket.localhost} would need a DNS entry that few machines have. Loaded only when a test asks for one,
 * so the S3 module of the SDK stays optional.
 */
public final class S3Clients {

    private S3Clients() {
    }

    public static S3Client s3(HarnessResource r) {
        KinesisHarness h = r.harness();
        var b = S3Client.builder().endpointOverride(endpoint(r)).region(Region.of(h.region()))
                .credentialsProvider(credentials(h));
        if (r.options().https()) {
            b.httpClient(SdkClients.trustingSyncClient());
        }
        return b.build();
    }

    public static S3AsyncClient s3Async(HarnessResource r) {
        KinesisHarness h = r.harness();
        var b = S3AsyncClient.builder().endpointOverride(endpoint(r)).region(Region.of(h.region()))
                .credentialsProvider(credentials(h));
        if (r.options().https()) {
            b.httpClient(SdkClients.trustingAsyncHttp1Client());
        }
        return b.build();
    }

    /** Over https the certificate names localhost, so the address stays an IP only for http. */
    private static URI endpoint(HarnessResource r) {
        return r.options().https() ? r.harness().httpsEndpoint() : r.harness().endpoint();
    }

    private static StaticCredentialsProvider credentials(KinesisHarness h) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(h.accessKey(), h.secretKey()));
    }
}
