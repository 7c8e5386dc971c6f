package io.kinesisharness.kpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.util.concurrent.ListenableFuture;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.kinesis.producer.KinesisProducer;
import software.amazon.kinesis.producer.KinesisProducerConfiguration;
import software.amazon.kinesis.producer.UserRecordResult;

/**
 * The Kinesis Producer Library writing through the harness: its native daemon talks TLS to the harness's port
 * (certificate checks off: the harness's certificate is self-signed), aggregated or not, and what GetRecords
 * reads back de-aggregates to exactly what was produced, in order per partition key.
 */
@Timeout(180)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KplProducerTest {

    private static final int RECORDS = 300;

    private KinesisHarness harness;
    private KinesisClient kinesis;

    @BeforeAll
    void start() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        assumeTrue(os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64") || arch.equals("aarch64")),
                "The KPL's bundled native daemon runs on Linux x86-64 and aarch64 only (here: " + os + " " + arch
                        + "); the KPL test is skipped.");
        harness = KinesisHarness.builder().clock(ClockMode.SYSTEM).stream("kpl-aggregated", 2)
                .stream("kpl-plain", 2).start();
        kinesis = KinesisClient.builder()
                .endpointOverride(harness.endpoint())
                .region(Region.of(harness.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(harness.accessKey(), harness.secretKey())))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    @AfterAll
    void stop() {
        if (kinesis != null) {
            kinesis.close();
        }
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void aggregated_records_read_back_and_de_aggregate_to_what_was_produced(@TempDir Path temp) throws Exception {
        Map<String, UserRecordResult> produced = produce("kpl-aggregated", true, temp);

        List<Stored> stored = readAll("kpl-aggregated");

        assertThat(kinesisRecords(stored))
                .as("aggregation packs many user records into few Kinesis records").hasSizeLessThan(RECORDS / 10)
                .anySatisfy(r -> assertThat(AggregatedRecords.isAggregated(r.data().asByteArray())).isTrue());
        assertReadBackAsProduced(stored, produced);
    }

    @Test
    void plain_records_read_back_one_for_one(@TempDir Path temp) throws Exception {
        Map<String, UserRecordResult> produced = produce("kpl-plain", false, temp);

        List<Stored> stored = readAll("kpl-plain");

        assertThat(kinesisRecords(stored)).hasSize(RECORDS + 1)
                .noneSatisfy(r -> assertThat(AggregatedRecords.isAggregated(r.data().asByteArray())).isTrue());
        assertReadBackAsProduced(stored, produced);
    }

    /**
     * Produces a first record and waits for it, which lets the daemon learn the shard map (until then it cannot
     * aggregate and sends records one by one), then RECORDS more over 10 partition keys; answers what the daemon
     * reported for each, by data.
     */
    private Map<String, UserRecordResult> produce(String stream, boolean aggregate, Path temp) throws Exception {
        KinesisProducer producer = new KinesisProducer(configuration(aggregate, temp));
        Map<String, ListenableFuture<UserRecordResult>> futures = new LinkedHashMap<>();
        Map<String, UserRecordResult> results = new LinkedHashMap<>();
        try {
            futures.put("warm-up", producer.addUserRecord(stream, "key-0", utf8("warm-up")));
            futures.get("warm-up").get(60, TimeUnit.SECONDS);
            for (int i = 0; i < RECORDS; i++) {
                String data = "user-record-" + i;
                futures.put(data, producer.addUserRecord(stream, "key-" + (i % 10), utf8(data)));
            }
            producer.flushSync();
            for (Map.Entry<String, ListenableFuture<UserRecordResult>> f : futures.entrySet()) {
                UserRecordResult result = f.getValue().get(60, TimeUnit.SECONDS);
                assertThat(result.isSuccessful()).as("attempts: %s", result.getAttempts()).isTrue();
                assertThat(result.getSequenceNumber()).matches("\\d{56}");
                results.put(f.getKey(), result);
            }
        } finally {
            producer.destroy();
        }
        return results;
    }

    /** The KPL settings a user points at the harness; README's KPL section shows the same. */
    private KinesisProducerConfiguration configuration(boolean aggregate, Path temp) throws Exception {
        return new KinesisProducerConfiguration()
                .setRegion(harness.region())
                .setKinesisEndpoint("localhost")
                .setKinesisPort(harness.port())
                .setVerifyCertificate(false)
                .setCloudwatchEndpoint("localhost")
                .setCloudwatchPort(harness.port())
                .setMetricsLevel("none")
                .setCredentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(harness.accessKey(), harness.secretKey())))
                .setAggregationEnabled(aggregate)
                .setRecordMaxBufferedTime(100)
                .setTempDirectory(Files.createDirectories(temp.resolve("kpl")).toString());
    }

    /** A user record as read back: the Kinesis record that carried it, its shard, and what was inside. */
    record Stored(String shardId, Record kinesisRecord, AggregatedRecords.UserRecord user) {
    }

    private List<Stored> readAll(String stream) {
        List<Stored> all = new ArrayList<>();
        for (Shard shard : kinesis.listShards(b -> b.streamName(stream)).shards()) {
            String iterator = kinesis.getShardIterator(b -> b.streamName(stream).shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            for (Record r : kinesis.getRecords(b -> b.shardIterator(iterator)).records()) {
                for (AggregatedRecords.UserRecord u : AggregatedRecords.decode(r.data().asByteArray(),
                        r.partitionKey())) {
                    all.add(new Stored(shard.shardId(), r, u));
                }
            }
        }
        return all;
    }

    /**
     * Every produced record is read back exactly once, with its partition key, in the Kinesis record and shard
     * whose sequence number the daemon reported for it. (The KPL keeps several PutRecords in flight, so it does
     * not promise the order of records, even of one partition key.)
     */
    private static void assertReadBackAsProduced(List<Stored> stored, Map<String, UserRecordResult> produced) {
        assertThat(stored).extracting(s -> AggregatedRecords.utf8(s.user().data()))
                .containsExactlyInAnyOrderElementsOf(produced.keySet());
        for (Stored s : stored) {
            String data = AggregatedRecords.utf8(s.user().data());
            UserRecordResult result = produced.get(data);
            assertThat(s.user().partitionKey()).as(data).isEqualTo(data.equals("warm-up") ? "key-0"
                    : "key-" + (Integer.parseInt(data.substring("user-record-".length())) % 10));
            assertThat(s.kinesisRecord().sequenceNumber()).as(data).isEqualTo(result.getSequenceNumber());
            assertThat(s.shardId()).as(data).isEqualTo(result.getShardId());
        }
    }

    private static List<Record> kinesisRecords(List<Stored> stored) {
        return stored.stream().map(Stored::kinesisRecord).distinct().toList();
    }

    private static ByteBuffer utf8(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }
}
