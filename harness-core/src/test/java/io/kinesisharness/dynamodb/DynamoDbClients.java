package io.kinesisharness.dynamodb;

import io.kinesisharness.KinesisHarness;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** SDK v2 DynamoDB clients for a harness (no retries), and shorthands for attribute values. */
final class DynamoDbClients {

    private DynamoDbClients() {
    }

    static DynamoDbClient dynamo(KinesisHarness h) {
        return DynamoDbClient.builder().endpointOverride(h.endpoint()).region(Region.of(h.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(h.accessKey(),
                        h.secretKey())))
                .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build();
    }

    static AttributeValue s(String s) {
        return AttributeValue.fromS(s);
    }

    static AttributeValue n(String n) {
        return AttributeValue.fromN(n);
    }

    static Map<String, AttributeValue> item(Object... pairs) {
        java.util.LinkedHashMap<String, AttributeValue> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (AttributeValue) pairs[i + 1]);
        }
        return m;
    }
}
