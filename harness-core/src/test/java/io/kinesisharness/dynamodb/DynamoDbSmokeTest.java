package io.kinesisharness.dynamodb;

import static io.kinesisharness.dynamodb.DynamoDbClients.item;
import static io.kinesisharness.dynamodb.DynamoDbClients.n;
import static io.kinesisharness.dynamodb.DynamoDbClients.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class DynamoDbSmokeTest {

    @Test
    void create_put_get_update_query() {
        try (KinesisHarness h = KinesisHarness.builder().start(); DynamoDbClient d = DynamoDbClients.dynamo(h)) {
            d.createTable(b -> b.tableName("tbl").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                            a -> a.attributeName("sk").attributeType(ScalarAttributeType.N))
                    .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                            k -> k.attributeName("sk").keyType(KeyType.RANGE)));
            assertThat(d.describeTable(b -> b.tableName("tbl")).table().tableStatusAsString()).isEqualTo("ACTIVE");
            d.putItem(b -> b.tableName("tbl").item(item("pk", s("a"), "sk", n("1"), "v", s("x"))));
            d.putItem(b -> b.tableName("tbl").item(item("pk", s("a"), "sk", n("2"), "v", s("y"))));
            assertThat(d.getItem(b -> b.tableName("tbl").key(item("pk", s("a"), "sk", n("1")))).item().get("v").s())
                    .isEqualTo("x");
            d.updateItem(b -> b.tableName("tbl").key(item("pk", s("a"), "sk", n("1")))
                    .updateExpression("SET c = if_not_exists(c, :zero) + :one")
                    .expressionAttributeValues(item(":zero", n("0"), ":one", n("1"))));
            assertThat(d.getItem(b -> b.tableName("tbl").key(item("pk", s("a"), "sk", n("1")))).item().get("c").n())
                    .isEqualTo("1");
            assertThat(d.query(b -> b.tableName("tbl").keyConditionExpression("pk = :p AND sk > :s")
                    .expressionAttributeValues(item(":p", s("a"), ":s", n("1")))).items()).hasSize(1);
        }
    }
}
