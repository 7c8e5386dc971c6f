package io.kinesisharness.dynamodb;

import static io.kinesisharness.dynamodb.DynamoDbClients.item;
import static io.kinesisharness.dynamodb.DynamoDbClients.n;
import static io.kinesisharness.dynamodb.DynamoDbClients.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.KinesisHarness;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Query and Scan: key conditions, order, pages, filters, indexes, parallel segments, and AWS's errors. */
class DynamoDbQueryScanTest {

    private KinesisHarness harness;
    private DynamoDbClient dynamo;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().start();
        dynamo = DynamoDbClients.dynamo(harness);
        dynamo.createTable(b -> b.tableName("events").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("user").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("at").attributeType(ScalarAttributeType.N),
                        a -> a.attributeName("kind").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("score").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("user").keyType(KeyType.HASH),
                        k -> k.attributeName("at").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("byKind").keySchema(
                        k -> k.attributeName("kind").keyType(KeyType.HASH),
                        k -> k.attributeName("at").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                .localSecondaryIndexes(l -> l.indexName("byScore").keySchema(
                        k -> k.attributeName("user").keyType(KeyType.HASH),
                        k -> k.attributeName("score").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL))));
        for (int u = 0; u < 5; u++) {
            for (int t = 1; t <= 20; t++) {
                int user = u;
                int at = t;
                Map<String, AttributeValue> item = new java.util.LinkedHashMap<>(item("user", s("u" + user), "at",
                        n(String.valueOf(at)), "score", n(String.valueOf((at * 7) % 20))));
                if (at % 4 == 0) {
                    item.put("kind", s("click"));
                }
                dynamo.putItem(b -> b.tableName("events").item(item));
            }
        }
    }

    @AfterEach
    void stop() {
        dynamo.close();
        harness.close();
    }

    private static List<String> ats(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> i.get("at").n()).toList();
    }

    @Test
    void a_query_reads_one_partition_in_sort_order_both_ways() {
        QueryResponse up = dynamo.query(b -> b.tableName("events").keyConditionExpression(
                "#u = :u AND #a BETWEEN :lo AND :hi").expressionAttributeNames(Map.of("#u", "user", "#a", "at"))
                .expressionAttributeValues(item(":u", s("u2"), ":lo", n("3"), ":hi", n("6"))));
        assertThat(ats(up.items())).containsExactly("3", "4", "5", "6");
        QueryResponse down = dynamo.query(b -> b.tableName("events").keyConditionExpression("#u = :u AND #a > :x")
                .expressionAttributeNames(Map.of("#u", "user", "#a", "at"))
                .expressionAttributeValues(item(":u", s("u2"), ":x", n("17"))).scanIndexForward(false));
        assertThat(ats(down.items())).containsExactly("20", "19", "18");
    }

    @Test
    void limit_pages_with_last_evaluated_key_and_filters_apply_after_reading() {
        List<String> all = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int pages = 0;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse page = dynamo.query(b -> b.tableName("events").keyConditionExpression("#u = :u")
                    .expressionAttributeNames(Map.of("#u", "user")).expressionAttributeValues(item(":u", s("u1")))
                    .limit(6).exclusiveStartKey(from));
            all.addAll(ats(page.items()));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
            pages++;
        } while (start != null && pages < 10);
        assertThat(all).hasSize(20);
        assertThat(pages).isEqualTo(4);
        QueryResponse filtered = dynamo.query(b -> b.tableName("events").keyConditionExpression("#u = :u")
                .filterExpression("score < :s").expressionAttributeNames(Map.of("#u", "user"))
                .expressionAttributeValues(item(":u", s("u1"), ":s", n("5"))).limit(10));
        assertThat(filtered.scannedCount()).isEqualTo(10);
        assertThat(filtered.count()).isLessThan(10).isEqualTo(filtered.items().size());
        QueryResponse counted = dynamo.query(b -> b.tableName("events").keyConditionExpression("#u = :u")
                .expressionAttributeNames(Map.of("#u", "user")).expressionAttributeValues(item(":u", s("u1")))
                .select(Select.COUNT));
        assertThat(counted.count()).isEqualTo(20);
        assertThat(counted.items()).isEmpty();
    }

    @Test
    void a_page_that_stops_at_its_limit_names_its_last_key_even_when_nothing_follows() {
        QueryResponse exact = dynamo.query(b -> b.tableName("events").keyConditionExpression("#u = :u")
                .expressionAttributeNames(Map.of("#u", "user")).expressionAttributeValues(item(":u", s("u1")))
                .limit(20));
        assertThat(exact.count()).isEqualTo(20);
        assertThat(exact.lastEvaluatedKey()).isEqualTo(item("user", s("u1"), "at", n("20")));
        QueryResponse after = dynamo.query(b -> b.tableName("events").keyConditionExpression("#u = :u")
                .expressionAttributeNames(Map.of("#u", "user")).expressionAttributeValues(item(":u", s("u1")))
                .limit(20).exclusiveStartKey(exact.lastEvaluatedKey()));
        assertThat(after.count()).isZero();
        assertThat(after.hasLastEvaluatedKey()).isFalse();
        QueryResponse roomy = dynamo.query(b -> b.tableName("events").keyConditionExpression("#u = :u")
                .expressionAttributeNames(Map.of("#u", "user")).expressionAttributeValues(item(":u", s("u1")))
                .limit(21));
        assertThat(roomy.count()).isEqualTo(20);
        assertThat(roomy.hasLastEvaluatedKey()).isFalse();

        ScanResponse whole = dynamo.scan(b -> b.tableName("events").limit(100));
        assertThat(whole.count()).isEqualTo(100);
        assertThat(whole.hasLastEvaluatedKey()).isTrue();
        ScanResponse rest = dynamo.scan(b -> b.tableName("events").limit(100)
                .exclusiveStartKey(whole.lastEvaluatedKey()));
        assertThat(rest.count()).isZero();
        assertThat(rest.hasLastEvaluatedKey()).isFalse();
    }

    @Test
    void writes_to_a_table_with_a_local_index_report_their_item_collection_when_asked() {
        var put = dynamo.putItem(b -> b.tableName("events").item(item("user", s("u9"), "at", n("1"), "score",
                n("3"))).returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));
        assertThat(put.itemCollectionMetrics().itemCollectionKey()).isEqualTo(item("user", s("u9")));
        assertThat(put.itemCollectionMetrics().sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
        assertThat(dynamo.putItem(b -> b.tableName("events").item(item("user", s("u9"), "at", n("2"))))
                .itemCollectionMetrics()).as("not asked").isNull();

        var batch = dynamo.batchWriteItem(b -> b.requestItems(Map.of("events", List.of(
                WriteRequest.builder().deleteRequest(d -> d.key(item("user", s("u9"), "at", n("1")))).build(),
                WriteRequest.builder().putRequest(p -> p.item(item("user", s("u8"), "at", n("1")))).build())))
                .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));
        assertThat(batch.itemCollectionMetrics().get("events")).extracting(m -> m.itemCollectionKey().get("user")
                .s()).containsExactlyInAnyOrder("u9", "u8");

        var tx = dynamo.transactWriteItems(b -> b.transactItems(t -> t.update(u -> u.tableName("events")
                .key(item("user", s("u8"), "at", n("1"))).updateExpression("SET score = :s")
                .expressionAttributeValues(item(":s", n("5"))))).returnItemCollectionMetrics(
                        ReturnItemCollectionMetrics.SIZE));
        assertThat(tx.itemCollectionMetrics().get("events")).singleElement()
                .satisfies(m -> assertThat(m.itemCollectionKey()).isEqualTo(item("user", s("u8"))));
    }

    @Test
    void indexes_answer_queries_sparse_global_and_local() {
        QueryResponse clicks = dynamo.query(b -> b.tableName("events").indexName("byKind")
                .keyConditionExpression("kind = :k AND #a >= :a").expressionAttributeNames(Map.of("#a", "at"))
                .expressionAttributeValues(item(":k", s("click"), ":a", n("16"))));
        assertThat(clicks.items()).hasSize(10).allSatisfy(i -> assertThat(i.keySet())
                .containsExactlyInAnyOrder("user", "at", "kind"));
        QueryResponse byScore = dynamo.query(b -> b.tableName("events").indexName("byScore")
                .keyConditionExpression("#u = :u AND score < :s").expressionAttributeNames(Map.of("#u", "user"))
                .expressionAttributeValues(item(":u", s("u0"), ":s", n("3"))));
        assertThat(byScore.items()).extracting(i -> i.get("score").n()).containsExactly("0", "1", "2");
        assertThat(dynamo.scan(b -> b.tableName("events").indexName("byKind")).count()).isEqualTo(25);
    }

    @Test
    void parallel_scan_segments_cover_every_item_once() {
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (int segment = 0; segment < 4; segment++) {
            int seg = segment;
            Map<String, AttributeValue> start = null;
            do {
                Map<String, AttributeValue> from = start;
                ScanResponse page = dynamo.scan(b -> b.tableName("events").segment(seg).totalSegments(4).limit(7)
                        .exclusiveStartKey(from));
                for (Map<String, AttributeValue> i : page.items()) {
                    seen.add(i.get("user").s() + "/" + i.get("at").n());
                    total++;
                }
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey()
                        : null;
            } while (start != null);
        }
        assertThat(total).isEqualTo(100);
        assertThat(seen).hasSize(100);
    }

    @Test
    void query_and_scan_errors_are_awss() {
        assertThatThrownBy(() -> dynamo.query(b -> b.tableName("events").keyConditionExpression("#a = :a")
                .expressionAttributeNames(Map.of("#a", "at")).expressionAttributeValues(item(":a", n("1")))))
                .hasMessageStartingWith("Query condition missed key schema element: user");
        assertThatThrownBy(() -> dynamo.query(b -> b.tableName("events").keyConditionExpression("#u = :u OR #u = :v")
                .expressionAttributeNames(Map.of("#u", "user")).expressionAttributeValues(item(":u", s("a"), ":v",
                        s("b"))))).hasMessageStartingWith("Invalid operator used in KeyConditionExpression: OR");
        assertThatThrownBy(() -> dynamo.query(b -> b.tableName("events").keyConditionExpression("#u = :u")
                .expressionAttributeNames(Map.of("#u", "user")).expressionAttributeValues(item(":u", n("1")))))
                .hasMessageStartingWith("One or more parameter values were invalid: Condition parameter type does not "
                        + "match schema type");
        assertThatThrownBy(() -> dynamo.query(b -> b.tableName("events").indexName("nope")
                .keyConditionExpression("kind = :k").expressionAttributeValues(item(":k", s("x")))))
                .hasMessageStartingWith("The table does not have the specified index: nope");
        assertThatThrownBy(() -> dynamo.query(b -> b.tableName("events").indexName("byKind").consistentRead(true)
                .keyConditionExpression("kind = :k").expressionAttributeValues(item(":k", s("x")))))
                .hasMessageStartingWith("Consistent reads are not supported on global secondary indexes");
        assertThatThrownBy(() -> dynamo.query(b -> b.tableName("events")))
                .hasMessageStartingWith("Either the KeyConditions or KeyConditionExpression parameter must be "
                        + "specified in the request.");
        assertThatThrownBy(() -> dynamo.scan(b -> b.tableName("events").segment(4).totalSegments(4)))
                .hasMessageStartingWith("The Segment parameter is zero-based and must be less than parameter "
                        + "TotalSegments: Segment: 4 is not less than TotalSegments: 4");
        assertThatThrownBy(() -> dynamo.scan(b -> b.tableName("events").limit(0)))
                .hasMessageStartingWith("1 validation error detected: Value '0' at 'limit' failed to satisfy "
                        + "constraint: Member must have value greater than or equal to 1");
    }
}
