package io.kinesisharness.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.HarnessAdmin;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.KinesisHarness;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;

@KinesisHarnessTest
@KinesisStream(name = "orders", shards = 3)
class InjectionTest {

    @Test
    void injects_the_harness_its_clock_and_admin(KinesisHarness harness, HarnessClock clock, HarnessAdmin admin) {
        assertThat(clock).isSameAs(harness.clock());
        assertThat(admin).isSameAs(harness.admin());
        assertThat(admin.healthy()).isTrue();
        assertThat(harness.endpoint().toString()).startsWith("http://127.0.0.1:");
    }

    @Test
    void the_same_client_instance_is_injected_within_a_class(KinesisClient first, KinesisClient second) {
        assertThat(first).isSameAs(second);
    }

    @Test
    void async_client_talks_to_the_harness(KinesisAsyncClient async, KinesisStreamReader reader) throws Exception {
        async.putRecord(r -> r.streamName("orders").partitionKey("a").data(SdkBytes.fromUtf8String("async")))
                .get();
        assertThat(reader.readAllAsStrings("orders")).containsExactly("async");
    }

    @Test
    void reader_returns_every_shard_in_order(KinesisClient kinesis, KinesisStreamReader reader) {
        List<PutRecordsRequestEntry> entries = IntStream.range(0, 300).mapToObj(i -> PutRecordsRequestEntry.builder()
                .partitionKey("key-" + (i % 7)).data(SdkBytes.fromUtf8String("r" + i)).build()).toList();
        kinesis.putRecords(r -> r.streamName("orders").records(entries));

        var byShard = reader.readAllByShard("orders");
        assertThat(byShard).containsOnlyKeys("shardId-000000000000", "shardId-000000000001", "shardId-000000000002");
        assertThat(byShard.values().stream().mapToInt(List::size).sum()).isEqualTo(300);
        for (var records : byShard.values()) {
            // within a shard, a partition key's records keep the order they were put in
            for (int key = 0; key < 7; key++) {
                String prefix = "key-" + key;
                List<Integer> order = records.stream().filter(r -> r.partitionKey().equals(prefix))
                        .map(r -> Integer.parseInt(r.dataAsString().substring(1))).toList();
                assertThat(order).isSorted();
            }
        }
    }

    @Test
    void reading_a_missing_stream_names_it_and_lists_what_exists(KinesisStreamReader reader) {
        assertThatThrownBy(() -> reader.readAll("nope"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Stream 'nope' does not exist; the streams there are [orders]");
    }
}
