package io.kinesisharness.samples.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import io.kinesisharness.junit.Await;
import io.kinesisharness.junit.KinesisHarnessTest;
import io.kinesisharness.junit.KinesisStream;
import io.kinesisharness.junit.kcl.KclWorker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.kinesis.common.InitialPositionInStream;

/**
 * A worker crashes (no shutdown, no final checkpoint); a second worker takes its expired leases over and re-reads
 * from the last checkpoint. The stock levels still count every movement once, and the lease table shows who
 * holds what, as KCL keeps it in the harness's DynamoDB.
 */
@KinesisHarnessTest
@KinesisStream(name = "stock-movements", shards = 2)
class WorkerCrashTest {
    private static final Duration LIMIT = Duration.ofSeconds(90);

    @Test
    void a_crashed_workers_shards_are_taken_over_and_nothing_counts_twice(KinesisHarness harness,
            KinesisClient kinesis, DynamoDbClient dynamo) {
        StockLevels levels = new StockLevels(dynamo, "stock-levels");
        levels.createTable();
        put(kinesis, 0, 30);
        KclWorker first = worker(harness, levels, "first");
        Await.until("the first 30 movements", LIMIT, () -> applied(levels) == 30);
        first.kill();

        put(kinesis, 30, 60);
        try (KclWorker second = worker(harness, levels, "second")) {
            Await.until("all 60 movements", LIMIT, () -> applied(levels) == 60);
            Await.until("the second worker holding both leases", LIMIT, () -> owners(dynamo)
                    .equals(List.of("second", "second")));
        }

        assertThat(levels.quantity("sku-0") + levels.quantity("sku-1") + levels.quantity("sku-2"))
                .isEqualTo(60 * 3);
    }

    private static KclWorker worker(KinesisHarness harness, StockLevels levels, String id) {
        return KclWorker.builder(harness).stream("stock-movements").workerId(id)
                .initialPosition(InitialPositionInStream.TRIM_HORIZON)
                .processor(() -> new StockLevelProcessor(levels)).start();
    }

    private static void put(KinesisClient kinesis, int from, int to) {
        for (int i = from; i < to; i++) {
            StockMovement m = new StockMovement("m" + i, "sku-" + (i % 3), 3);
            kinesis.putRecord(b -> b.streamName("stock-movements").partitionKey("m" + m.movementId())
                    .data(SdkBytes.fromByteArray(m.toJson())));
        }
    }

    private static int applied(StockLevels levels) {
        return levels.movementsApplied("sku-0") + levels.movementsApplied("sku-1") + levels.movementsApplied("sku-2");
    }

    /** Owners of the stream's two shard leases, from KCL's lease table (named after the application). */
    private static List<String> owners(DynamoDbClient dynamo) {
        return dynamo.scan(b -> b.tableName("stock-movements-app")).items().stream()
                .filter(item -> item.get("leaseKey").s().startsWith("shardId-"))
                .map(item -> item.getOrDefault("leaseOwner", AttributeValue.fromS("none")).s())
                .toList();
    }
}
