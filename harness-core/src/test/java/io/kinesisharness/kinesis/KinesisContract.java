package io.kinesisharness.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.kinesis.support.ContentTypeRecorder;
import io.kinesisharness.kinesis.support.KinesisClients;
import io.kinesisharness.kinesis.support.Wire;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

/**
 * The shared frame of the SDK contract suites: one harness per concrete class (MANUAL clock at
 * {@link #START}), reset before each test, driven through a real {@link KinesisClient} in the encoding the
 * concrete class names. After each test it checks that every request really went out in that encoding.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KinesisContract {

    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    static final String ACCOUNT = "000000000000";
    static final String REGION = "us-east-1";

    protected KinesisHarness harness;
    protected KinesisClient kinesis;
    protected final ContentTypeRecorder contentTypes = new ContentTypeRecorder();

    protected abstract Wire wire();

    /** Harness settings a suite needs beyond the common ones. */
    protected KinesisHarness.Builder configure(KinesisHarness.Builder builder) {
        return builder;
    }

    @BeforeAll
    void startHarness() {
        harness = configure(KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).region(REGION)).start();
        kinesis = KinesisClients.create(harness, wire(), contentTypes);
    }

    @AfterAll
    void stopHarness() {
        if (kinesis != null) {
            kinesis.close();
        }
        if (harness != null) {
            harness.close();
        }
    }

    @BeforeEach
    void resetHarness() {
        harness.reset();
        contentTypes.clear();
    }

    @AfterEach
    void everyRequestUsedTheSuitesEncoding() {
        assertThat(contentTypes.seen()).as("Content-Type of the requests sent")
                .allSatisfy(ct -> assertThat(ct).isEqualTo(wire().contentType()));
    }

    protected String arn(String stream) {
        return "arn:aws:kinesis:" + REGION + ":" + ACCOUNT + ":stream/" + stream;
    }

    /** Creates a provisioned stream through the API; with no create delay it is ACTIVE at once. */
    protected void createStream(String name, int shards) {
        kinesis.createStream(b -> b.streamName(name).shardCount(shards));
        assertThat(kinesis.describeStreamSummary(b -> b.streamName(name)).streamDescriptionSummary().streamStatus())
                .isEqualTo(StreamStatus.ACTIVE);
    }

    protected String iterator(String stream, String shardId, ShardIteratorType type) {
        return kinesis.getShardIterator(b -> b.streamName(stream).shardId(shardId).shardIteratorType(type))
                .shardIterator();
    }

    protected java.util.List<Record> readAll(String stream, String shardId) {
        GetRecordsResponse r = kinesis.getRecords(b -> b.shardIterator(
                iterator(stream, shardId, ShardIteratorType.TRIM_HORIZON)));
        return r.records();
    }

    static String shardId(int index) {
        return String.format("shardId-%012d", index);
    }
}
