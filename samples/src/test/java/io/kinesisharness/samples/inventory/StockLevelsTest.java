package io.kinesisharness.samples.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import io.kinesisharness.junit.Await;
import io.kinesisharness.junit.KinesisHarnessTest;
import io.kinesisharness.junit.KinesisStream;
import io.kinesisharness.junit.kcl.KclWorker;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;

@KinesisHarnessTest
@KinesisStream(name = "stock-movements", shards = 2)
class StockLevelsTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);   // a safety net, not a timing

    @Test
    void every_movement_counts_once(KinesisHarness harness, KinesisClient kinesis, DynamoDbClient dynamo) {
        StockLevels levels = new StockLevels(dynamo, "stock-levels");
        levels.createTable();

        // A KCL 3 worker on the harness's Kinesis, with its leases in the harness's DynamoDB.
        try (KclWorker worker = KclWorker.builder(harness).stream("stock-movements")
                .processor(() -> new StockLevelProcessor(levels)).start()) {
            for (int i = 0; i < 40; i++) {
                StockMovement m = new StockMovement("m" + i, "sku-" + (i % 4), i % 2 == 0 ? 5 : -2);
                kinesis.putRecord(b -> b.streamName("stock-movements").partitionKey(m.sku())
                        .data(SdkBytes.fromByteArray(m.toJson())));
            }

            Await.until("all 40 movements applied", LIMIT, () -> levels.movementsApplied("sku-0")
                    + levels.movementsApplied("sku-1") + levels.movementsApplied("sku-2")
                    + levels.movementsApplied("sku-3") == 40);
        }   // closing the worker shuts it down gracefully: its processors checkpoint

        assertThat(levels.quantity("sku-0")).isEqualTo(50);   // ten movements of +5
        assertThat(levels.quantity("sku-1")).isEqualTo(-20);  // ten of -2
    }
}
