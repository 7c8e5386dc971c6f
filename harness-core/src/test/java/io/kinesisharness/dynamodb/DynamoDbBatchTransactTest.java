package io.kinesisharness.dynamodb;

import static io.kinesisharness.dynamodb.DynamoDbClients.item;
import static io.kinesisharness.dynamodb.DynamoDbClients.n;
import static io.kinesisharness.dynamodb.DynamoDbClients.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kinesisharness.KinesisHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** BatchGetItem, BatchWriteItem, TransactWriteItems and TransactGetItems, with AWS's limits and cancellations. */
class DynamoDbBatchTransactTest {

    private KinesisHarness harness;
    private DynamoDbClient dynamo;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().start();
        dynamo = DynamoDbClients.dynamo(harness);
        for (String t : List.of("accounts", "audit")) {
            dynamo.createTable(b -> b.tableName(t).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        }
    }

    @AfterEach
    void stop() {
        dynamo.close();
        harness.close();
    }

    @Test
    void batches_write_and_read_across_tables() {
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int v = i;
            writes.add(WriteRequest.builder().putRequest(p -> p.item(item("id", s("a" + v), "v", n("" + v)))).build());
        }
        var out = dynamo.batchWriteItem(b -> b.requestItems(Map.of("accounts", writes, "audit", List.of(
                WriteRequest.builder().putRequest(p -> p.item(item("id", s("x")))).build()))));
        assertThat(out.unprocessedItems()).isEmpty();
        var got = dynamo.batchGetItem(b -> b.requestItems(Map.of("accounts", KeysAndAttributes.builder()
                .keys(item("id", s("a1")), item("id", s("a2")), item("id", s("missing"))).projectionExpression("v")
                .build())));
        assertThat(got.responses().get("accounts")).extracting(i -> i.get("v").n()).containsExactlyInAnyOrder("1", "2");
        assertThat(got.unprocessedKeys()).isEmpty();
        dynamo.batchWriteItem(b -> b.requestItems(Map.of("accounts", List.of(WriteRequest.builder()
                .deleteRequest(d -> d.key(item("id", s("a1")))).build()))));
        assertThat(dynamo.getItem(b -> b.tableName("accounts").key(item("id", s("a1")))).hasItem()).isFalse();
    }

    @Test
    void batch_limits_and_duplicates_are_refused() {
        List<WriteRequest> many = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            int v = i;
            many.add(WriteRequest.builder().putRequest(p -> p.item(item("id", s("k" + v)))).build());
        }
        assertThatThrownBy(() -> dynamo.batchWriteItem(b -> b.requestItems(Map.of("accounts", many))))
                .hasMessageContaining("Member must have length less than or equal to 25");
        assertThatThrownBy(() -> dynamo.batchWriteItem(b -> b.requestItems(Map.of("accounts", List.of(
                WriteRequest.builder().putRequest(p -> p.item(item("id", s("d")))).build(),
                WriteRequest.builder().deleteRequest(p -> p.key(item("id", s("d")))).build())))))
                .hasMessageStartingWith("Provided list of item keys contains duplicates");
        List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            keys.add(item("id", s("k" + i)));
        }
        assertThatThrownBy(() -> dynamo.batchGetItem(b -> b.requestItems(Map.of("accounts",
                KeysAndAttributes.builder().keys(keys).build()))))
                .hasMessageStartingWith("Too many items requested for the BatchGetItem call");
    }

    @Test
    void a_transaction_applies_all_or_nothing_and_says_why_it_was_cancelled() {
        dynamo.putItem(b -> b.tableName("accounts").item(item("id", s("alice"), "balance", n("100"))));
        dynamo.putItem(b -> b.tableName("accounts").item(item("id", s("bob"), "balance", n("0"))));
        TransactWriteItem debit = TransactWriteItem.builder().update(u -> u.tableName("accounts")
                .key(item("id", s("alice"))).updateExpression("SET balance = balance - :x")
                .conditionExpression("balance >= :x").expressionAttributeValues(item(":x", n("60")))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)).build();
        TransactWriteItem credit = TransactWriteItem.builder().update(u -> u.tableName("accounts")
                .key(item("id", s("bob"))).updateExpression("SET balance = balance + :x")
                .expressionAttributeValues(item(":x", n("60")))).build();
        TransactWriteItem note = TransactWriteItem.builder().put(p -> p.tableName("audit").item(item("id", s("t1"))))
                .build();
        dynamo.transactWriteItems(b -> b.transactItems(debit, credit, note));
        assertThat(dynamo.getItem(b -> b.tableName("accounts").key(item("id", s("alice")))).item().get("balance").n())
                .isEqualTo("40");

        TransactionCanceledException e = catchThrowableOfType(() -> dynamo.transactWriteItems(b -> b
                .transactItems(debit, credit, TransactWriteItem.builder().put(p -> p.tableName("audit")
                        .item(item("id", s("t2")))).build())), TransactionCanceledException.class);
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Transaction cancelled, please refer cancellation "
                + "reasons for specific reasons [ConditionalCheckFailed, None, None]");
        assertThat(e.cancellationReasons().get(0).code()).isEqualTo("ConditionalCheckFailed");
        assertThat(e.cancellationReasons().get(0).item().get("balance").n()).isEqualTo("40");
        assertThat(e.cancellationReasons().get(1).code()).isEqualTo("None");
        assertThat(dynamo.getItem(b -> b.tableName("audit").key(item("id", s("t2")))).hasItem()).as("nothing written")
                .isFalse();
        assertThat(dynamo.getItem(b -> b.tableName("accounts").key(item("id", s("bob")))).item().get("balance").n())
                .isEqualTo("60");

        assertThatThrownBy(() -> dynamo.transactWriteItems(b -> b.transactItems(credit, credit)))
                .hasMessageStartingWith("Transaction request cannot include multiple operations on one item");
        var read = dynamo.transactGetItems(b -> b.transactItems(
                t -> t.get(g -> g.tableName("accounts").key(item("id", s("alice")))),
                t -> t.get(g -> g.tableName("audit").key(item("id", s("none"))))));
        assertThat(read.responses().get(0).item().get("balance").n()).isEqualTo("40");
        assertThat(read.responses().get(1).hasItem()).isFalse();
    }

    @Test
    void a_client_request_token_makes_a_retried_transaction_a_no_op() {
        TransactWriteItem add = TransactWriteItem.builder().update(u -> u.tableName("accounts")
                .key(item("id", s("c"))).updateExpression("ADD hits :one").expressionAttributeValues(item(":one",
                        n("1")))).build();
        dynamo.transactWriteItems(b -> b.transactItems(add).clientRequestToken("token-1"));
        dynamo.transactWriteItems(b -> b.transactItems(add).clientRequestToken("token-1"));
        assertThat(dynamo.getItem(b -> b.tableName("accounts").key(item("id", s("c")))).item().get("hits").n())
                .isEqualTo("1");
    }
}
