package io.kinesisharness.internal.junit;

import io.kinesisharness.KinesisHarness;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** DynamoDB clients pointed at a harness. Loaded only when a test asks for one: the SDK's dynamodb module is optional. */
public final class DynamoDbClients {

    private DynamoDbClients() {
    }

    public static DynamoDbClient dynamoDb(HarnessResource r) {
        KinesisHarness h = r.harness();
        var b = DynamoDbClient.builder().endpointOverride(endpoint(r)).region(Region.of(h.region()))
                .credentialsProvider(credentials(h));
        if (r.options().https()) {
            b.httpClient(SdkClients.trustingSyncClient());
        }
        return b.build();
    }

    public static DynamoDbAsyncClient dynamoDbAsync(HarnessResource r) {
        KinesisHarness h = r.harness();
        var b = DynamoDbAsyncClient.builder().endpointOverride(endpoint(r)).region(Region.of(h.region()))
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
