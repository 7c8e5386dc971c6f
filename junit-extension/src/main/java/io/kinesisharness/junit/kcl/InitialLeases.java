package io.kinesisharness.junit.kcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.ListShardsResponse;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.kinesis.common.HashKeyRangeForLease;
import software.amazon.kinesis.common.InitialPositionInStream;
import software.amazon.kinesis.leases.Lease;
import software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseSerializer;
import software.amazon.kinesis.retrieval.kpl.ExtendedSequenceNumber;

/**
 * Writes a new application's lease table and its first leases the way KCL's own shard sync writes them (KCL's lease
 * class and serializer, one lease per open shard, checkpoint at the initial position, created only if absent). KCL
 * then finds leases at start and skips the random 1–30 s wait it makes on an empty table. A table that already has
 * items (a restarted application) or a stream with closed shards (KCL's lease hierarchy applies) is left to KCL.
 */
final class InitialLeases {

    /** KCL 3's index of leases by owner ({@code DynamoDBLeaseRefresher}), and its key attribute. */
    private static final String OWNER_INDEX = "LeaseOwnerToLeaseKeyIndex";
    private static final String LEASE_OWNER = "leaseOwner";

    private InitialLeases() {
    }

    static void write(KinesisAsyncClient kinesis, DynamoDbAsyncClient dynamo, String stream, String table,
            InitialPositionInStream position) {
        DynamoDBLeaseSerializer serializer = new DynamoDBLeaseSerializer();
        try {
            // With the owner index KCL 3 would add at start already there: workers starting together then never race
            // to create it (the loser's retried start would skip its worker metrics and never get a lease).
            List<AttributeDefinition> attributes = new ArrayList<>(serializer.getAttributeDefinitions());
            attributes.add(AttributeDefinition.builder().attributeName(LEASE_OWNER)
                    .attributeType(ScalarAttributeType.S).build());
            dynamo.createTable(b -> b.tableName(table).keySchema(serializer.getKeySchema())
                    .attributeDefinitions(attributes)
                    .globalSecondaryIndexes(g -> g.indexName(OWNER_INDEX).keySchema(
                            k -> k.attributeName(LEASE_OWNER).keyType(KeyType.HASH),
                            k -> k.attributeName("leaseKey").keyType(KeyType.RANGE))
                            .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)))
                    .billingMode(BillingMode.PAY_PER_REQUEST).deletionProtectionEnabled(false)).join();
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof ResourceInUseException)) {
                throw e;
            }
            if (!dynamo.scan(b -> b.tableName(table).limit(1)).join().items().isEmpty()) {
                return;
            }
        }
        List<Shard> shards = shards(kinesis, stream);
        if (shards.stream().anyMatch(s -> s.sequenceNumberRange().endingSequenceNumber() != null)) {
            return;
        }
        for (Shard shard : shards) {
            Lease lease = new Lease();
            lease.leaseKey(shard.shardId());
            List<String> parents = new ArrayList<>(2);
            if (shard.parentShardId() != null) {
                parents.add(shard.parentShardId());
            }
            if (shard.adjacentParentShardId() != null) {
                parents.add(shard.adjacentParentShardId());
            }
            lease.parentShardIds(parents);
            lease.ownerSwitchesSinceCheckpoint(0L);
            lease.leaseCounter(0L);
            lease.hashKeyRange(HashKeyRangeForLease.fromHashKeyRange(shard.hashKeyRange()));
            lease.checkpoint(switch (position) {
                case LATEST -> ExtendedSequenceNumber.LATEST;
                default -> ExtendedSequenceNumber.TRIM_HORIZON;
            });
            Map<String, AttributeValue> item = serializer.toDynamoRecord(lease);
            try {
                dynamo.putItem(b -> b.tableName(table).item(item).expected(Map.of("leaseKey",
                        ExpectedAttributeValue.builder().exists(false).build()))).join();
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof ConditionalCheckFailedException)) {
                    throw e;
                }
            }
        }
    }

    private static List<Shard> shards(KinesisAsyncClient kinesis, String stream) {
        List<Shard> all = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListShardsResponse page = kinesis.listShards(b -> {
                if (next == null) {
                    b.streamName(stream);
                } else {
                    b.nextToken(next);
                }
            }).join();
            all.addAll(page.shards());
            token = page.nextToken();
        } while (token != null);
        return all;
    }
}
