package io.kinesisharness.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** DynamoDB clients injected like the Kinesis ones; every test starts with no tables. */
class DynamoDbInjectionTest {

    @RegisterExtension
    static final KinesisHarnessExtension HARNESS = KinesisHarnessExtension.builder().build();

    private static void createOrders(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName("orders").billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S)));
    }

    @Test
    void the_injected_client_reaches_the_harness_and_conditions_hold(DynamoDbClient dynamo) {
        assertThat(dynamo.listTables().tableNames()).isEmpty();
        createOrders(dynamo);
        dynamo.putItem(b -> b.tableName("orders").item(Map.of("id", AttributeValue.fromS("1"),
                "state", AttributeValue.fromS("new"))).conditionExpression("attribute_not_exists(id)"));

        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("orders").item(Map.of("id",
                AttributeValue.fromS("1"))).conditionExpression("attribute_not_exists(id)")))
                .isInstanceOf(ConditionalCheckFailedException.class)
                .hasMessageStartingWith("The conditional request failed");
        assertThat(dynamo.getItem(b -> b.tableName("orders").key(Map.of("id", AttributeValue.fromS("1")))).item())
                .containsEntry("state", AttributeValue.fromS("new"));
    }

    @Test
    void each_test_starts_without_tables_and_the_async_client_works(DynamoDbClient dynamo,
            DynamoDbAsyncClient async) throws Exception {
        assertThat(dynamo.listTables().tableNames()).isEmpty();
        createOrders(dynamo);

        async.putItem(b -> b.tableName("orders").item(Map.of("id", AttributeValue.fromS("2")))).get(30,
                TimeUnit.SECONDS);

        assertThat(async.scan(b -> b.tableName("orders")).get(30, TimeUnit.SECONDS).count()).isEqualTo(1);
    }

    @Test
    void the_extension_hands_out_the_same_client(DynamoDbClient injected) {
        assertThat(HARNESS.dynamoDbClient()).isSameAs(injected);
    }
}
