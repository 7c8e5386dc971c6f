package io.kinesisharness.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBAttribute;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBHashKey;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBIndexHashKey;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapper;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapperConfig;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBQueryExpression;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBScanExpression;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBTable;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBVersionAttribute;
import com.amazonaws.services.dynamodbv2.datamodeling.PaginatedScanList;
import com.amazonaws.services.dynamodbv2.datamodeling.TransactionWriteRequest;
import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.BillingMode;
import com.amazonaws.services.dynamodbv2.model.ConditionalCheckFailedException;
import com.amazonaws.services.dynamodbv2.model.CreateTableRequest;
import com.amazonaws.services.dynamodbv2.model.Projection;
import com.amazonaws.services.dynamodbv2.model.ProjectionType;
import com.amazonaws.services.dynamodbv2.model.ReturnValue;
import com.amazonaws.services.dynamodbv2.model.TransactionCanceledException;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.amazonaws.services.dynamodbv2.util.TableUtils;
import io.kinesisharness.KinesisHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK for Java v1's DynamoDBMapper, as code that predates SDK v2 uses it: a table made from the annotated
 * class, optimistic locking by a version attribute, a query on a global index, a lazily paged scan, a transaction,
 * and the low-level client's update expression; the v1 client checks every answer's {@code x-amz-crc32}.
 */
class DynamoDbSdkV1Test {

    private KinesisHarness harness;
    private AmazonDynamoDB dynamo;
    private DynamoDBMapper mapper;

    @BeforeEach
    void start() throws InterruptedException {
        harness = KinesisHarness.builder().start();
        dynamo = AmazonDynamoDBClientBuilder.standard()
                .withEndpointConfiguration(new EndpointConfiguration(harness.endpoint().toString(), harness.region()))
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials(harness.accessKey(),
                        harness.secretKey())))
                .build();
        mapper = new DynamoDBMapper(dynamo);
        CreateTableRequest create = mapper.generateCreateTableRequest(Account.class)
                .withBillingMode(BillingMode.PAY_PER_REQUEST);
        create.getGlobalSecondaryIndexes().forEach(g -> g.setProjection(new Projection()
                .withProjectionType(ProjectionType.ALL)));
        assertThat(TableUtils.createTableIfNotExists(dynamo, create)).isTrue();
        TableUtils.waitUntilActive(dynamo, "accounts", 10_000, 10);
    }

    @AfterEach
    void stop() {
        dynamo.shutdown();
        harness.close();
    }

    @Test
    void the_mapper_saves_loads_and_locks_optimistically() {
        mapper.save(account("a1", "ann", 100));
        Account loaded = mapper.load(Account.class, "a1");
        assertThat(loaded.getBalance()).isEqualTo(100L);
        assertThat(loaded.getVersion()).isEqualTo(1L);

        Account stale = mapper.load(Account.class, "a1");
        loaded.setBalance(150L);
        mapper.save(loaded);
        assertThat(mapper.load(Account.class, "a1").getVersion()).isEqualTo(2L);

        stale.setBalance(999L);
        assertThatThrownBy(() -> mapper.save(stale)).isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(mapper.load(Account.class, "a1").getBalance()).as("the stale write lost").isEqualTo(150L);
    }

    @Test
    void a_global_index_query_and_a_lazily_paged_scan_see_every_item() {
        mapper.batchSave(List.of(account("a1", "ann", 1), account("a2", "bob", 2), account("a3", "ann", 3),
                account("a4", "cy", 4), account("a5", "ann", 5)));

        List<Account> anns = mapper.query(Account.class, new DynamoDBQueryExpression<Account>()
                .withIndexName("byOwner").withConsistentRead(false)
                .withHashKeyValues(account(null, "ann", 0)));
        assertThat(anns).extracting(Account::getId).containsExactlyInAnyOrder("a1", "a3", "a5");

        PaginatedScanList<Account> all = mapper.scan(Account.class, new DynamoDBScanExpression().withLimit(2),
                DynamoDBMapperConfig.PaginationLoadingStrategy.ITERATION_ONLY.config());
        long total = 0;
        for (Account a : all) {
            total += a.getBalance();
        }
        assertThat(total).isEqualTo(15L);
    }

    @Test
    void a_transaction_with_a_failed_check_writes_nothing() {
        mapper.save(account("a1", "ann", 10));
        Account fresh = account("a2", "bob", 20);
        Account stale = account("a1", "ann", 0);
        stale.setVersion(7L);
        TransactionWriteRequest tx = new TransactionWriteRequest().addPut(fresh)
                .addUpdate(stale);

        assertThatThrownBy(() -> mapper.transactionWrite(tx)).isInstanceOf(TransactionCanceledException.class)
                .satisfies(e -> assertThat(((TransactionCanceledException) e).getCancellationReasons())
                        .extracting(r -> r.getCode()).containsExactly("None", "ConditionalCheckFailed"));
        assertThat(mapper.load(Account.class, "a2")).isNull();
    }

    @Test
    void the_low_level_client_updates_with_an_expression() {
        mapper.save(account("a1", "ann", 10));
        Map<String, AttributeValue> after = dynamo.updateItem(new UpdateItemRequest().withTableName("accounts")
                .withKey(Map.of("id", new AttributeValue("a1")))
                .withUpdateExpression("SET balance = balance + :d")
                .withConditionExpression("balance >= :min")
                .withExpressionAttributeValues(Map.of(":d", new AttributeValue().withN("5"), ":min",
                        new AttributeValue().withN("0")))
                .withReturnValues(ReturnValue.UPDATED_NEW)).getAttributes();
        assertThat(after).containsEntry("balance", new AttributeValue().withN("15"));
    }

    private static Account account(String id, String owner, long balance) {
        Account a = new Account();
        a.setId(id);
        a.setOwner(owner);
        a.setBalance(balance);
        return a;
    }

    /** A mapped class as SDK v1 code declares one. */
    @DynamoDBTable(tableName = "accounts")
    public static class Account {
        private String id;
        private String owner;
        private Long balance;
        private Long version;

        @DynamoDBHashKey
        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        @DynamoDBIndexHashKey(globalSecondaryIndexName = "byOwner")
        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        @DynamoDBAttribute
        public Long getBalance() {
            return balance;
        }

        public void setBalance(Long balance) {
            this.balance = balance;
        }

        @DynamoDBVersionAttribute
        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }
}
