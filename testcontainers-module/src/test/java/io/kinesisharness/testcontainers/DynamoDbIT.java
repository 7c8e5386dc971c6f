package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** DynamoDB in a container: a table, a conditional write, and TTL deletion on the container's clock. */
@RequiresDocker
class DynamoDbIT {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void items_are_written_conditionally_and_expire_when_the_container_clock_passes_their_ttl() {
        try (KinesisHarnessContainer harness = Harnesses.container().withClock(ClockMode.MANUAL, START)) {
            harness.start();
            try (DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(harness.getEndpoint())
                    .region(Region.of(harness.getRegion())).credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(harness.getAccessKey(), harness.getSecretKey())))
                    .httpClientBuilder(Apache5HttpClient.builder()).build()) {
                dynamo.createTable(b -> b.tableName("sessions").billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S)));
                dynamo.updateTimeToLive(b -> b.tableName("sessions").timeToLiveSpecification(t -> t.enabled(true)
                        .attributeName("expiresAt")));
                Map<String, AttributeValue> session = Map.of("id", AttributeValue.fromS("s1"), "expiresAt",
                        AttributeValue.fromN(Long.toString(START.getEpochSecond() + 60)));
                dynamo.putItem(b -> b.tableName("sessions").item(session).conditionExpression(
                        "attribute_not_exists(id)"));
                assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("sessions").item(session)
                        .conditionExpression("attribute_not_exists(id)")))
                        .isInstanceOf(ConditionalCheckFailedException.class);

                harness.admin().clock().advance(Duration.ofSeconds(61));

                assertThat(dynamo.getItem(b -> b.tableName("sessions").key(Map.of("id", AttributeValue.fromS("s1"))))
                        .hasItem()).isFalse();
            }
        }
    }
}
