package io.kinesisharness.dynamodb;

import static io.kinesisharness.dynamodb.DynamoDbClients.item;
import static io.kinesisharness.dynamodb.DynamoDbClients.n;
import static io.kinesisharness.dynamodb.DynamoDbClients.s;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Concurrent conditional writes on one item never lose an update: eight threads each make optimistic-lock increments
 * (read the version, write version+1 if it is still the same, retry on failure) and the total is exact.
 */
class DynamoDbConcurrencyTest {

    private static final int THREADS = 8;
    private static final int INCREMENTS = 25;

    @Test
    void optimistic_increments_from_eight_threads_all_count() throws Exception {
        try (KinesisHarness harness = KinesisHarness.builder().start()) {
            try (DynamoDbClient setup = DynamoDbClients.dynamo(harness)) {
                setup.createTable(b -> b.tableName("counters").billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                        .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
                setup.putItem(b -> b.tableName("counters").item(item("id", s("c"), "version", n("0"))));
            }
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Integer>> conflicts = new ArrayList<>();
            try {
                for (int t = 0; t < THREADS; t++) {
                    conflicts.add(pool.submit(() -> {
                        int lost = 0;
                        try (DynamoDbClient dynamo = DynamoDbClients.dynamo(harness)) {
                            for (int i = 0; i < INCREMENTS; i++) {
                                while (true) {
                                    String v = dynamo.getItem(b -> b.tableName("counters").key(item("id", s("c")))
                                            .consistentRead(true)).item().get("version").n();
                                    try {
                                        dynamo.updateItem(b -> b.tableName("counters").key(item("id", s("c")))
                                                .updateExpression("SET version = :next ADD adds :one")
                                                .conditionExpression("version = :seen")
                                                .expressionAttributeValues(item(":seen", n(v), ":next",
                                                        n(String.valueOf(Long.parseLong(v) + 1)), ":one", n("1"))));
                                        break;
                                    } catch (ConditionalCheckFailedException e) {
                                        lost++;
                                    }
                                }
                            }
                        }
                        return lost;
                    }));
                }
                for (Future<Integer> f : conflicts) {
                    f.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            try (DynamoDbClient check = DynamoDbClients.dynamo(harness)) {
                var item = check.getItem(b -> b.tableName("counters").key(item("id", s("c")))).item();
                assertThat(item.get("version").n()).isEqualTo(String.valueOf(THREADS * INCREMENTS));
                assertThat(item.get("adds").n()).isEqualTo(String.valueOf(THREADS * INCREMENTS));
            }
        }
    }
}
