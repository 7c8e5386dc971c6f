package io.kinesisharness.internal.junit;

import io.kinesisharness.KinesisHarness;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.firehose.FirehoseAsyncClient;
import software.amazon.awssdk.services.firehose.FirehoseClient;

/** Firehose clients pointed at a harness. Loaded only when a test asks for one: the SDK's firehose module is optional. */
public final class FirehoseClients {

    private FirehoseClients() {
    }

    public static FirehoseClient firehose(HarnessResource r) {
        KinesisHarness h = r.harness();
        var b = FirehoseClient.builder().endpointOverride(endpoint(r)).region(Region.of(h.region()))
                .credentialsProvider(credentials(h));
        if (r.options().https()) {
            b.httpClient(SdkClients.trustingSyncClient());
        }
        return b.build();
    }

    public static FirehoseAsyncClient firehoseAsync(HarnessResource r) {
        KinesisHarness h = r.harness();
        var b = FirehoseAsyncClient.builder().endpointOverride(endpoint(r)).region(Region.of(h.region()))
                .credentialsProvider(credentials(h));
        if (r.options().https()) {
            b.httpClient(SdkClients.trustingAsyncHttp1Client());
        }
        return b.build();
    }

    private static URI endpoint(HarnessResource r) {
        return r.options().https() ? r.harness().httpsEndpoint() : r.harness().endpoint();
    }

    private static StaticCredentialsProvider credentials(KinesisHarness h) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(h.accessKey(), h.secretKey()));
    }
}
