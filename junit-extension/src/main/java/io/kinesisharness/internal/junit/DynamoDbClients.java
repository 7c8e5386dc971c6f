package io.kinesisharness.internal.junit;

import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** DynamoDB clients pointed at a harness. Loaded only when a test asks for one: the SDK's dynamodb module is optional. */
public final class DynamoDbClients {

    private DynamoDbClients() {
    }

    public static DynamoDbClient dynamoDb(HarnessResource r) {
        return SdkClients.sync(DynamoDbClient.builder(), r);
    }

    public static DynamoDbAsyncClient dynamoDbAsync(HarnessResource r) {
        return SdkClients.asyncHttp1(DynamoDbAsyncClient.builder(), r);
    }
}
