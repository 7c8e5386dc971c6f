package io.kinesisharness.dynamodb;

import static io.kinesisharness.dynamodb.DynamoDbClients.item;
import static io.kinesisharness.dynamodb.DynamoDbClients.n;
import static io.kinesisharness.dynamodb.DynamoDbClients.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.settings.DynamoDbSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Tag;

/** Tables through the SDK v2 client: create, describe as AWS shapes it, list, update (indexes), delete, TTL, tags. */
class DynamoDbTablesTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");

    private KinesisHarness harness;
    private DynamoDbClient dynamo;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START)
                .setting(DynamoDbSettings.CREATE_TABLE_DELAY, Duration.ofSeconds(2))
                .setting(DynamoDbSettings.CREATE_INDEX_DELAY, Duration.ofSeconds(3)).start();
        dynamo = DynamoDbClients.dynamo(harness);
    }

    @AfterEach
    void stop() {
        dynamo.close();
        harness.close();
    }

    static CreateTableRequest leases(String name) {
        return CreateTableRequest.builder().tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("leaseKey").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("leaseKey").keyType(KeyType.HASH)).deletionProtectionEnabled(false)
                .build();
    }

    @Test
    void a_new_on_demand_table_is_creating_then_active_and_described_as_aws_describes_it() {
        TableDescription created = dynamo.createTable(leases("app-leases")).tableDescription();
        assertThat(created.tableStatusAsString()).isEqualTo("CREATING");
        assertThatThrownBy(() -> dynamo.getItem(b -> b.tableName("app-leases").key(item("leaseKey", s("k")))))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith("Requested resource not found");

        harness.clock().advance(Duration.ofSeconds(2));
        TableDescription t = dynamo.describeTable(b -> b.tableName("app-leases")).table();
        assertThat(t.tableStatusAsString()).isEqualTo("ACTIVE");
        assertThat(t.tableArn()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/app-leases");
        assertThat(t.tableId()).matches("[0-9a-f-]{36}");
        assertThat(t.creationDateTime()).isEqualTo(START);
        assertThat(t.billingModeSummary().billingModeAsString()).isEqualTo("PAY_PER_REQUEST");
        assertThat(t.provisionedThroughput().readCapacityUnits()).isZero();
        assertThat(t.provisionedThroughput().writeCapacityUnits()).isZero();
        assertThat(t.provisionedThroughput().numberOfDecreasesToday()).isZero();
        assertThat(t.itemCount()).isZero();
        assertThat(t.tableSizeBytes()).isZero();
        assertThat(t.deletionProtectionEnabled()).isFalse();

        dynamo.putItem(b -> b.tableName("app-leases").item(item("leaseKey", s("shard-1"), "leaseCounter", n("10"))));
        TableDescription after = dynamo.describeTable(b -> b.tableName("app-leases")).table();
        assertThat(after.itemCount()).isEqualTo(1);
        assertThat(after.tableSizeBytes()).as("name and value bytes: 8+7 + 12+2").isEqualTo(29);
    }

    @Test
    void a_provisioned_table_with_indexes_describes_them() {
        dynamo.createTable(b -> b.tableName("orders").provisionedThroughput(p -> p.readCapacityUnits(5L)
                        .writeCapacityUnits(5L))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("owner").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("total").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("byOwner").keySchema(
                        k -> k.attributeName("owner").keyType(KeyType.HASH))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
                        .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L)))
                .localSecondaryIndexes(l -> l.indexName("byTotal").keySchema(
                        k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("total").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL))));
        harness.clock().advance(Duration.ofSeconds(2));
        TableDescription t = dynamo.describeTable(b -> b.tableName("orders")).table();
        assertThat(t.billingModeSummary()).as("not set at create: AWS shows none").isNull();
        assertThat(t.provisionedThroughput().readCapacityUnits()).isEqualTo(5);
        GlobalSecondaryIndexDescription gsi = t.globalSecondaryIndexes().get(0);
        assertThat(gsi.indexStatusAsString()).isEqualTo("ACTIVE");
        assertThat(gsi.indexArn()).isEqualTo(t.tableArn() + "/index/byOwner");
        assertThat(gsi.projection().projectionTypeAsString()).isEqualTo("KEYS_ONLY");
        assertThat(t.localSecondaryIndexes().get(0).indexName()).isEqualTo("byTotal");
    }

    @Test
    void create_table_refuses_what_aws_refuses_with_its_messages() {
        dynamo.createTable(leases("dup"));
        assertThatThrownBy(() -> dynamo.createTable(leases("dup"))).isInstanceOf(ResourceInUseException.class)
                .hasMessageStartingWith("Table already exists: dup");
        assertThatThrownBy(() -> dynamo.createTable(leases("dup2").toBuilder().billingMode(BillingMode.PROVISIONED)
                .build())).isInstanceOf(DynamoDbException.class)
                .hasMessageStartingWith("One or more parameter values were invalid: ReadCapacityUnits and "
                        + "WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        assertThatThrownBy(() -> dynamo.createTable(leases("xx2").toBuilder().attributeDefinitions(
                a -> a.attributeName("other").attributeType(ScalarAttributeType.S)).build()))
                .hasMessageStartingWith("One or more parameter values were invalid: Some index key attributes are not "
                        + "defined in AttributeDefinitions. Keys: [leaseKey], AttributeDefinitions: [other]");
        assertThatThrownBy(() -> dynamo.createTable(leases("xx3").toBuilder().attributeDefinitions(
                a -> a.attributeName("leaseKey").attributeType(ScalarAttributeType.S),
                a -> a.attributeName("unused").attributeType(ScalarAttributeType.S)).build()))
                .hasMessageStartingWith("One or more parameter values were invalid: Number of attributes in KeySchema "
                        + "does not exactly match number of attributes defined in AttributeDefinitions");
        assertThatThrownBy(() -> dynamo.createTable(leases("ab")))
                .hasMessageStartingWith("TableName must be at least 3 characters long and at most 255 characters "
                        + "long");
        DynamoDbException e = (DynamoDbException) org.assertj.core.api.Assertions.catchThrowable(
                () -> dynamo.createTable(leases("bad name!")));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value 'bad name!' at "
                + "'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + "[a-zA-Z0-9_.-]+");
    }

    @Test
    void parameters_of_features_the_harness_does_not_serve_are_refused_naming_them() {
        assertThatThrownBy(() -> dynamo.createTable(leases("with-policy").toBuilder().resourcePolicy("{}").build()))
                .isInstanceOf(DynamoDbException.class).hasMessageStartingWith("Kinesis Harness does not serve "
                        + "DynamoDB's resource policies (ResourcePolicy)");
        assertThat(dynamo.listTables().tableNames()).doesNotContain("with-policy");
        dynamo.createTable(leases("replicated"));
        assertThatThrownBy(() -> dynamo.updateTable(b -> b.tableName("replicated").replicaUpdates(r -> r
                .create(c -> c.regionName("eu-west-1"))))).isInstanceOf(DynamoDbException.class)
                .hasMessageStartingWith("Kinesis Harness does not serve DynamoDB's global tables (ReplicaUpdates)");
    }

    @Test
    void missing_tables_are_named_as_each_operation_names_them() {
        assertThatThrownBy(() -> dynamo.describeTable(b -> b.tableName("nope")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found: Table: nope not found");
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("nope").item(item("k", s("v")))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found (Service");
        assertThatThrownBy(() -> dynamo.describeContinuousBackups(b -> b.tableName("nope")))
                .isInstanceOf(TableNotFoundException.class).hasMessageStartingWith("Table not found: nope");
        assertThatThrownBy(() -> dynamo.listTagsOfResource(b -> b.resourceArn(
                "arn:aws:dynamodb:us-east-1:000000000000:table/nope")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found: ResourcArn: "
                        + "arn:aws:dynamodb:us-east-1:000000000000:table/nope not found");
    }

    @Test
    void tables_are_listed_in_order_and_paged() {
        for (String name : List.of("ccc", "aaa", "bbb", "ddd")) {
            dynamo.createTable(leases(name));
        }
        var first = dynamo.listTables(b -> b.limit(2));
        assertThat(first.tableNames()).containsExactly("aaa", "bbb");
        assertThat(first.lastEvaluatedTableName()).isEqualTo("bbb");
        var rest = dynamo.listTables(b -> b.exclusiveStartTableName("bbb"));
        assertThat(rest.tableNames()).containsExactly("ccc", "ddd");
        assertThat(rest.lastEvaluatedTableName()).isNull();
        List<String> paged = new ArrayList<>();
        dynamo.listTablesPaginator(b -> b.limit(1)).tableNames().forEach(paged::add);
        assertThat(paged).containsExactly("aaa", "bbb", "ccc", "ddd");
    }

    @Test
    void deletion_protection_and_deleting_while_creating_are_refused() {
        dynamo.createTable(leases("kept").toBuilder().deletionProtectionEnabled(true).build());
        assertThatThrownBy(() -> dynamo.deleteTable(b -> b.tableName("kept")))
                .isInstanceOf(ResourceInUseException.class)
                .hasMessageStartingWith("Attempt to change a resource which is still in use: Table is being created: "
                        + "kept");
        harness.clock().advance(Duration.ofSeconds(2));
        assertThatThrownBy(() -> dynamo.deleteTable(b -> b.tableName("kept")))
                .hasMessageStartingWith("Resource cannot be deleted as it is currently protected against deletion. "
                        + "Disable deletion protection first.");
        dynamo.updateTable(b -> b.tableName("kept").deletionProtectionEnabled(false));
        TableDescription deleted = dynamo.deleteTable(b -> b.tableName("kept")).tableDescription();
        assertThat(deleted.tableStatusAsString()).isEqualTo("DELETING");
        assertThat(dynamo.listTables().tableNames()).isEmpty();
    }

    @Test
    void a_global_index_added_later_is_backfilled_and_creating_until_its_delay_passes() {
        dynamo.createTable(leases("leases"));
        harness.clock().advance(Duration.ofSeconds(2));
        dynamo.putItem(b -> b.tableName("leases").item(item("leaseKey", s("a"), "leaseOwner", s("w1"))));
        dynamo.putItem(b -> b.tableName("leases").item(item("leaseKey", s("b"))));
        var updated = dynamo.updateTable(b -> b.tableName("leases")
                .attributeDefinitions(a -> a.attributeName("leaseOwner").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("leaseKey").attributeType(ScalarAttributeType.S))
                .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("LeaseOwnerToLeaseKeyIndex")
                        .keySchema(k -> k.attributeName("leaseOwner").keyType(KeyType.HASH),
                                k -> k.attributeName("leaseKey").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))))).tableDescription();
        assertThat(updated.globalSecondaryIndexes()).singleElement().satisfies(g -> {
            assertThat(g.indexName()).isEqualTo("LeaseOwnerToLeaseKeyIndex");
            assertThat(g.indexStatusAsString()).isEqualTo("CREATING");
        });
        assertThat(updated.tableStatusAsString()).isEqualTo("UPDATING");
        harness.clock().advance(Duration.ofSeconds(3));
        TableDescription t = dynamo.describeTable(b -> b.tableName("leases")).table();
        assertThat(t.tableStatusAsString()).isEqualTo("ACTIVE");
        assertThat(t.globalSecondaryIndexes().get(0).indexStatusAsString()).isEqualTo("ACTIVE");
        assertThat(t.globalSecondaryIndexes().get(0).itemCount()).as("sparse: only the item with an owner")
                .isEqualTo(1);
        var owned = dynamo.query(b -> b.tableName("leases").indexName("LeaseOwnerToLeaseKeyIndex")
                .keyConditionExpression("leaseOwner = :o").expressionAttributeValues(item(":o", s("w1"))));
        assertThat(owned.items()).singleElement().isEqualTo(item("leaseKey", s("a"), "leaseOwner", s("w1")));
    }

    @Test
    void ttl_continuous_backups_and_tags() {
        dynamo.createTable(leases("settings"));
        harness.clock().advance(Duration.ofSeconds(2));
        assertThat(dynamo.describeTimeToLive(b -> b.tableName("settings")).timeToLiveDescription()
                .timeToLiveStatusAsString()).isEqualTo("DISABLED");
        dynamo.updateTimeToLive(b -> b.tableName("settings").timeToLiveSpecification(s -> s.enabled(true)
                .attributeName("expiresAt")));
        var ttl = dynamo.describeTimeToLive(b -> b.tableName("settings")).timeToLiveDescription();
        assertThat(ttl.timeToLiveStatusAsString()).isEqualTo("ENABLED");
        assertThat(ttl.attributeName()).isEqualTo("expiresAt");

        var pitr = dynamo.updateContinuousBackups(b -> b.tableName("settings")
                .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true)))
                .continuousBackupsDescription();
        assertThat(pitr.continuousBackupsStatusAsString()).isEqualTo("ENABLED");
        assertThat(pitr.pointInTimeRecoveryDescription().pointInTimeRecoveryStatusAsString()).isEqualTo("ENABLED");

        String arn = "arn:aws:dynamodb:us-east-1:000000000000:table/settings";
        dynamo.tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("team").value("data").build()));
        assertThat(dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags())
                .containsExactly(Tag.builder().key("team").value("data").build());
        dynamo.untagResource(b -> b.resourceArn(arn).tagKeys("team"));
        assertThat(dynamo.listTagsOfResource(b -> b.resourceArn(arn)).tags()).isEmpty();

        java.util.List<Tag> many = new java.util.ArrayList<>();
        for (int i = 0; i <= 50; i++) {
            many.add(Tag.builder().key("k" + i).value("v").build());
        }
        assertThatThrownBy(() -> dynamo.createTable(leases("many-tags").toBuilder().tags(many).build()))
                .hasMessageStartingWith("One or more parameter values were invalid: The number of tags exceeds the "
                        + "limit of 50.");
        assertThat(dynamo.listTables().tableNames()).doesNotContain("many-tags");
    }
}
