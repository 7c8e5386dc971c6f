package io.kinesisharness.dynamodb;

import static io.kinesisharness.dynamodb.DynamoDbClients.item;
import static io.kinesisharness.dynamodb.DynamoDbClients.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.FaultRule;
import io.kinesisharness.KinesisHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * Fault injection reaches DynamoDB operations as the SDK's own exception types, and only the service named; DynamoDB
 * Streams, not served, is refused by name.
 */
class DynamoDbFaultsTest {

    private KinesisHarness harness;
    private DynamoDbClient dynamo;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().stream("orders", 1).start();
        dynamo = DynamoDbClients.dynamo(harness);
        dynamo.createTable(b -> b.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
    }

    @AfterEach
    void stop() {
        dynamo.close();
        harness.close();
    }

    @Test
    void a_counted_throughput_fault_fails_the_named_operation_then_clears() {
        harness.admin().faults().add(FaultRule.error("PutItem", "ProvisionedThroughputExceededException")
                .forService("dynamodb").times(1));

        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("tbl").item(item("pk", s("a")))))
                .isInstanceOf(ProvisionedThroughputExceededException.class);
        dynamo.putItem(b -> b.tableName("tbl").item(item("pk", s("a"))));

        assertThat(dynamo.getItem(b -> b.tableName("tbl").key(item("pk", s("a")))).item()).isNotEmpty();
    }

    @Test
    void dynamodb_streams_is_refused_by_name() {
        try (DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder().endpointOverride(harness.endpoint())
                .region(Region.of(harness.region())).credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(harness.accessKey(), harness.secretKey()))).build()) {
            assertThatThrownBy(streams::listStreams).isInstanceOf(AwsServiceException.class)
                    .hasMessageStartingWith("Kinesis Harness does not serve DynamoDB Streams "
                            + "(DynamoDBStreams_20120810.ListStreams)");
        }
    }

    @Test
    void an_internal_error_with_its_own_message_and_a_rule_for_another_service() {
        harness.admin().faults().add(FaultRule.error("GetItem", "InternalServerError").forService("dynamodb")
                .withMessage("try again"));
        harness.admin().faults().add(FaultRule.error("*", "InternalFailure").forService("kinesis"));

        assertThatThrownBy(() -> dynamo.getItem(b -> b.tableName("tbl").key(item("pk", s("a")))))
                .isInstanceOf(InternalServerErrorException.class).hasMessageStartingWith("try again");
        assertThat(dynamo.listTables().tableNames()).containsExactly("tbl");
    }
}
