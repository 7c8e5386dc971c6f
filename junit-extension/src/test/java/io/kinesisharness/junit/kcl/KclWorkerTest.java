package io.kinesisharness.junit.kcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.Shard;

/**
 * KCL 3.5.1 against nothing but the harness (Kinesis, DynamoDB for its leases, CloudWatch for its metrics): every
 * record processed exactly once and checkpointed, in polling and fan-out mode, through a reshard, across a restart,
 * with two workers sharing and taking over, and in KCL's 2.x-compatible mode. Waits are on state, bounded.
 */
class KclWorkerTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private KinesisHarness harness;
    private KinesisClient kinesis;
    private DynamoDbClient dynamo;
    private final Recorded recorded = new Recorded();
    private final List<KclWorker> workers = new ArrayList<>();

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().stream("orders", 2).start();
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(harness.accessKey(), harness.secretKey()));
        kinesis = KinesisClient.builder().endpointOverride(harness.endpoint()).region(Region.of(harness.region()))
                .credentialsProvider(credentials).build();
        dynamo = DynamoDbClient.builder().endpointOverride(harness.endpoint()).region(Region.of(harness.region()))
                .credentialsProvider(credentials).build();
    }

    @AfterEach
    void stop() {
        workers.forEach(KclWorker::kill);
        kinesis.close();
        dynamo.close();
        harness.close();
    }

    private KclWorker worker(String id, java.util.function.UnaryOperator<KclWorker.Builder> more) {
        KclWorker w = more.apply(KclWorker.builder(harness).stream("orders").applicationName("orders-app")
                .workerId(id).processor(recorded.factory(id))).start();
        workers.add(w);
        return w;
    }

    private void put(List<String> data) {
        for (int from = 0; from < data.size(); from += 500) {
            List<PutRecordsRequestEntry> entries = new ArrayList<>();
            for (String d : data.subList(from, Math.min(data.size(), from + 500))) {
                entries.add(PutRecordsRequestEntry.builder().partitionKey("key-" + (d.hashCode() % 17))
                        .data(SdkBytes.fromUtf8String(d)).build());
            }
            assertThat(kinesis.putRecords(b -> b.streamName("orders").records(entries)).failedRecordCount()).isZero();
        }
    }

    private void assertExactlyOnceInKeyOrder(List<String> expected) {
        Recorded.await(() -> recorded.data().size() >= expected.size(), WAIT, expected.size() + " records");
        List<String> got = recorded.data();
        assertThat(got).hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(new HashSet<>(got)).hasSize(got.size());
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (Recorded.Seen s : recorded.all()) {
            byKey.computeIfAbsent(s.partitionKey(), k -> new ArrayList<>()).add(s.data());
        }
        Map<String, List<String>> expectedByKey = new LinkedHashMap<>();
        for (String d : expected) {
            expectedByKey.computeIfAbsent("key-" + (d.hashCode() % 17), k -> new ArrayList<>()).add(d);
        }
        assertThat(byKey).as("each key's records in the order they were put").isEqualTo(expectedByKey);
    }

    private void assertCheckpointed() {
        Recorded.await(() -> leases().stream().allMatch(l -> !"TRIM_HORIZON".equals(l.get("checkpoint").s())),
                WAIT, "every lease checkpointed");
    }

    private List<Map<String, AttributeValue>> leases() {
        return dynamo.scan(b -> b.tableName("orders-app")).items().stream()
                .filter(i -> !i.containsKey("entityType") || "LEASE".equals(i.get("entityType").s())).toList();
    }

    @Test
    void polling_processes_every_record_once_and_checkpoints() {
        long started = System.nanoTime();
        worker("w1", b -> b);
        long running = System.nanoTime();
        List<String> data = Recorded.records("p", 200);
        put(data);
        assertExactlyOnceInKeyOrder(data);
        assertCheckpointed();
        System.out.printf("KCL polling worker: first record %.0f ms after start (%.0f ms after its thread began)%n",
                (recorded.firstRecordNanos() - started) / 1e6, (recorded.firstRecordNanos() - running) / 1e6);
    }

    @Test
    void enhanced_fan_out_processes_every_record_once() {
        worker("w1", KclWorker.Builder::fanOut);
        List<String> data = Recorded.records("f", 200);
        put(data);
        assertExactlyOnceInKeyOrder(data);
        assertCheckpointed();
        assertThat(kinesis.listStreamConsumers(b -> b.streamARN(kinesis.describeStreamSummary(s -> s
                .streamName("orders")).streamDescriptionSummary().streamARN())).consumers())
                .extracting(c -> c.consumerName()).containsExactly("orders-app");
    }

    @Test
    void a_split_during_consumption_is_followed_parent_first() {
        worker("w1", b -> b);
        List<String> before = Recorded.records("a", 100);
        put(before);
        Recorded.await(() -> recorded.data().size() >= 100, WAIT, "the first 100 records");
        Shard shard = kinesis.listShards(b -> b.streamName("orders")).shards().get(0);
        BigInteger mid = new BigInteger(shard.hashKeyRange().startingHashKey())
                .add(new BigInteger(shard.hashKeyRange().endingHashKey())).shiftRight(1);
        kinesis.splitShard(b -> b.streamName("orders").shardToSplit(shard.shardId())
                .newStartingHashKey(mid.toString()));
        List<String> after = Recorded.records("b", 100);
        put(after);
        List<String> all = new ArrayList<>(before);
        all.addAll(after);
        assertExactlyOnceInKeyOrder(all);
        assertThat(recorded.all()).extracting(Recorded.Seen::shardId).contains("shardId-000000000002",
                "shardId-000000000003");
    }

    @Test
    void a_restarted_worker_resumes_from_its_checkpoint() {
        KclWorker first = worker("w1", b -> b);
        List<String> before = Recorded.records("r", 100);
        put(before);
        assertExactlyOnceInKeyOrder(before);
        first.stop();
        workers.remove(first);
        List<String> after = Recorded.records("s", 50);
        put(after);
        worker("w1", b -> b);
        List<String> all = new ArrayList<>(before);
        all.addAll(after);
        assertExactlyOnceInKeyOrder(all);
    }

    @Test
    void two_workers_share_the_shards_and_one_takes_over_when_the_other_dies() {
        // The second worker starts once the first has initialised: KCL 3.5.1 workers that initialise at the same
        // moment race to create the lease table's index, and the loser's retried initialisation skips starting its
        // worker metrics, so the leader never assigns it a lease (KCL's behaviour against AWS too). The first is
        // capped at one lease, as KCL 3 spreads leases by load, not count: the other lease waits for the second.
        KclWorker one = worker("w1", b -> b.configure(c -> c.leaseManagement().maxLeasesForWorker(1)));
        Recorded.await(() -> leases().stream().anyMatch(l -> l.containsKey("leaseOwner")), WAIT,
                "the first worker's lease");
        worker("w2", b -> b);
        Recorded.await(() -> leases().stream().filter(l -> l.containsKey("leaseOwner"))
                .map(l -> l.get("leaseOwner").s()).distinct().count() == 2, WAIT, "one lease each");
        List<String> first = Recorded.records("t", 100);
        put(first);
        Recorded.await(() -> recorded.data().size() >= 100, WAIT, "the first 100 records");
        one.kill();
        workers.remove(one);
        Recorded.await(() -> leases().stream().allMatch(l -> l.containsKey("leaseOwner")
                && "w2".equals(l.get("leaseOwner").s())), WAIT, "w2 owning every lease");
        List<String> second = Recorded.records("u", 100);
        put(second);
        Recorded.await(() -> recorded.all().stream().filter(s -> s.data().startsWith("u")).count() >= 100, WAIT,
                "the second 100 records");
        assertThat(recorded.all().stream().filter(s -> s.data().startsWith("u")).map(Recorded.Seen::worker))
                .containsOnly("w2");
    }

    @Test
    void the_2x_compatible_client_version_processes_too() {
        worker("w1", KclWorker.Builder::compatibleWith2x);
        List<String> data = Recorded.records("v", 100);
        put(data);
        assertExactlyOnceInKeyOrder(data);
    }
}
