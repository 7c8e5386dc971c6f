package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static io.kinesisharness.kinesis.support.AwsErrors.expectErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.kinesis.support.ContentTypeRecorder;
import io.kinesisharness.kinesis.support.KinesisClients;
import io.kinesisharness.kinesis.support.TimeControl;
import io.kinesisharness.kinesis.support.Wire;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ExpiredIteratorException;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StreamDescription;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

/**
 * Everything the harness clock drives: retention, iterator expiry and stream status transitions. Each test gets
 * a fresh harness, because the assertions name absolute instants and a reset keeps the clock where it was. The
 * harness starts one create delay before {@link #T}, so the first stream a test creates turns ACTIVE exactly at
 * 2026-01-01T00:00:00Z. The clock moves through {@link #time()}, in-process or over the admin API.
 */
abstract class RetentionAndTimeContract {

    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration CREATE_DELAY = Duration.ofSeconds(10);
    private static final Instant START = T.minus(CREATE_DELAY);
    private static final Duration DELETE_DELAY = Duration.ofSeconds(5);

    protected KinesisHarness harness;
    protected KinesisClient kinesis;
    private TimeControl time;
    private final ContentTypeRecorder contentTypes = new ContentTypeRecorder();

    protected abstract Wire wire();

    protected abstract TimeControl timeControl(KinesisHarness harness);

    @BeforeEach
    void startHarness() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).createStreamDelay(CREATE_DELAY)
                .deleteStreamDelay(DELETE_DELAY).start();
        kinesis = KinesisClients.create(harness, wire(), contentTypes);
        time = timeControl(harness);
    }

    @AfterEach
    void stopHarness() {
        kinesis.close();
        harness.close();
        assertThat(contentTypes.seen()).allSatisfy(ct -> assertThat(ct).isEqualTo(wire().contentType()));
    }

    TimeControl time() {
        return time;
    }

    // ---- retention ----

    @Test
    void records_are_readable_until_the_retention_period_ends_and_gone_after_it() {
        activeStream("s", 1);
        put("s", "kept-a-day");

        time.setTo(T.plus(Duration.ofHours(23).plusMinutes(59)));
        assertThat(readFromTrimHorizon("s")).extracting(r -> r.data().asUtf8String()).containsExactly("kept-a-day");

        time.setTo(T.plus(Duration.ofHours(24)).plusMillis(1));
        assertThat(readFromTrimHorizon("s")).isEmpty();
    }

    @Test
    void the_trim_horizon_moves_past_expired_records() {
        activeStream("s", 1);
        put("s", "old-1", "old-2");
        time.setTo(T.plus(Duration.ofHours(24)).plusMillis(1));
        String atTrimHorizon = iterator("s", ShardIteratorType.TRIM_HORIZON);

        put("s", "new");

        assertThat(records(atTrimHorizon)).extracting(r -> r.data().asUtf8String()).containsExactly("new");
        assertThat(readFromTrimHorizon("s")).extracting(r -> r.data().asUtf8String()).containsExactly("new");
    }

    @Test
    void an_increased_retention_period_keeps_records_for_48_hours() {
        activeStream("s", 1);
        kinesis.increaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(48));
        put("s", "kept-two-days");

        time.setTo(T.plus(Duration.ofHours(24)).plusMillis(1));
        assertThat(readFromTrimHorizon("s")).hasSize(1);
        time.setTo(T.plus(Duration.ofHours(47).plusMinutes(59)));
        assertThat(readFromTrimHorizon("s")).hasSize(1);
        time.setTo(T.plus(Duration.ofHours(48)).plusMillis(1));
        assertThat(readFromTrimHorizon("s")).isEmpty();
    }

    @Test
    void a_decreased_retention_period_takes_effect_immediately() {
        activeStream("s", 1);
        kinesis.increaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(48));
        put("s", "at-t");
        time.setTo(T.plus(Duration.ofHours(30)));
        put("s", "at-t-plus-30h");
        assertThat(readFromTrimHorizon("s")).hasSize(2);

        kinesis.decreaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(24));

        assertThat(readFromTrimHorizon("s")).extracting(r -> r.data().asUtf8String())
                .containsExactly("at-t-plus-30h");
    }

    @Test
    void expired_records_stay_gone_when_the_retention_period_is_increased_afterwards() {
        activeStream("s", 1);
        put("s", "expired");
        time.setTo(T.plus(Duration.ofHours(24)).plusMillis(1));
        assertThat(readFromTrimHorizon("s")).isEmpty();

        // AWS: increasing retention "does not make previous, expired data ... accessible".
        kinesis.increaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(72));

        assertThat(readFromTrimHorizon("s")).isEmpty();
    }

    @Test
    void records_cut_off_by_a_decrease_stay_gone_after_a_later_increase() {
        activeStream("s", 1);
        kinesis.increaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(48));
        put("s", "cut-off");
        time.setTo(T.plus(Duration.ofHours(30)));
        put("s", "kept");
        kinesis.decreaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(24));

        kinesis.increaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(48));

        assertThat(readFromTrimHorizon("s")).extracting(r -> r.data().asUtf8String()).containsExactly("kept");
        time.setTo(T.plus(Duration.ofHours(30 + 47)));
        assertThat(readFromTrimHorizon("s")).extracting(r -> r.data().asUtf8String()).containsExactly("kept");
    }

    @Test
    void retention_periods_outside_24_to_8760_hours_are_rejected() {
        activeStream("s", 1);

        expectError(InvalidArgumentException.class, "Minimum allowed retention period is 24 hours. Requested "
                + "retention period (23 hours) is too short.",
                () -> kinesis.decreaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(23)));
        expectError(InvalidArgumentException.class, "Minimum allowed retention period is 24 hours. Requested "
                + "retention period (0 hours) is too short.",
                () -> kinesis.increaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(0)));
        expectError(InvalidArgumentException.class, "Maximum allowed retention period is 8760 hours. Requested "
                + "retention period (8761 hours) is too long.",
                () -> kinesis.increaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(8761)));
        kinesis.increaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(8760));
        assertThat(retentionHours("s")).isEqualTo(8760);
    }

    @Test
    void retention_can_only_grow_by_increase_and_shrink_by_decrease() {
        activeStream("s", 1);
        kinesis.increaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(48));

        expectError(InvalidArgumentException.class, "Requested retention period (36 hours) for stream s can not be "
                + "shorter than existing retention period (48 hours). Use DecreaseRetentionPeriod API.",
                () -> kinesis.increaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(36)));
        expectError(InvalidArgumentException.class, "Requested retention period (72 hours) for stream s can not be "
                + "longer than existing retention period (48 hours). Use IncreaseRetentionPeriod API.",
                () -> kinesis.decreaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(72)));
        assertThat(retentionHours("s")).isEqualTo(48);
    }

    // ---- iterator expiry ----

    @Test
    void an_iterator_works_for_five_minutes_and_expires_a_millisecond_later() {
        activeStream("s", 1);
        String it = kinesis.getShardIterator(b -> b.streamName("s").shardId("shardId-000000000000")
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        put("s", "a");

        time.setTo(T.plus(Duration.ofMinutes(5)));
        GetRecordsResponse atFiveMinutes = kinesis.getRecords(b -> b.shardIterator(it));
        assertThat(atFiveMinutes.records()).hasSize(1);

        time.advance(Duration.ofMillis(1));
        expectError(ExpiredIteratorException.class, "Iterator expired. The iterator was created at time Thu Jan 01 "
                + "00:00:00 UTC 2026 while right now it is Thu Jan 01 00:05:00 UTC 2026 which is further in the "
                + "future than the tolerated delay of 300000 milliseconds.",
                () -> kinesis.getRecords(b -> b.shardIterator(it)));
        // The next iterator was issued at 00:05:00 and lives its own five minutes.
        time.setTo(T.plus(Duration.ofMinutes(10)));
        assertThat(kinesis.getRecords(b -> b.shardIterator(atFiveMinutes.nextShardIterator())).records()).isEmpty();
    }

    @Test
    void the_expiry_message_prints_both_times_as_java_dates_in_utc() {
        activeStream("s", 1);
        time.setTo(Instant.parse("2026-03-14T15:09:26.535Z"));
        String it = iterator("s", ShardIteratorType.LATEST);
        time.setTo(Instant.parse("2026-03-15T04:02:03.001Z"));

        expectError(ExpiredIteratorException.class, "Iterator expired. The iterator was created at time Sat Mar 14 "
                + "15:09:26 UTC 2026 while right now it is Sun Mar 15 04:02:03 UTC 2026 which is further in the "
                + "future than the tolerated delay of 300000 milliseconds.",
                () -> kinesis.getRecords(b -> b.shardIterator(it)));
    }

    // ---- status transitions ----

    @Test
    void a_new_stream_is_creating_until_the_clock_passes_the_create_delay() {
        kinesis.createStream(b -> b.streamName("s").shardCount(2));

        StreamDescription creating = kinesis.describeStream(b -> b.streamName("s")).streamDescription();
        assertThat(creating.streamStatus()).isEqualTo(StreamStatus.CREATING);
        assertThat(creating.shards()).isEmpty();
        assertThat(creating.hasMoreShards()).isFalse();
        assertThat(kinesis.listStreams().streamSummaries().get(0).streamStatus()).isEqualTo(StreamStatus.CREATING);

        time.setTo(T.minusMillis(1));
        assertThat(status("s")).isEqualTo(StreamStatus.CREATING);

        time.advance(Duration.ofMillis(1));
        StreamDescription active = kinesis.describeStream(b -> b.streamName("s")).streamDescription();
        assertThat(active.streamStatus()).isEqualTo(StreamStatus.ACTIVE);
        assertThat(active.shards()).hasSize(2);
        assertThat(active.streamCreationTimestamp()).isEqualTo(START);
    }

    @Test
    void a_creating_stream_takes_no_records_and_has_no_shards_to_read() {
        kinesis.createStream(b -> b.streamName("s").shardCount(1));

        expectError(ResourceNotFoundException.class, "Stream s under account 000000000000 not found.",
                () -> kinesis.putRecord(b -> b.streamName("s").partitionKey("k").data(SdkBytes.fromUtf8String("x"))));
        expectError(ResourceNotFoundException.class, "Stream s under account 000000000000 not found.",
                () -> kinesis.putRecords(b -> b.streamName("s").records(PutRecordsRequestEntry.builder()
                        .partitionKey("k").data(SdkBytes.fromUtf8String("x")).build())));
        expectError(ResourceNotFoundException.class, "Shard shardId-000000000000 in stream s under account "
                + "000000000000 does not exist", () -> iterator("s", ShardIteratorType.LATEST));
        expectError(ResourceInUseException.class, "Stream s under account 000000000000 already exists.",
                () -> kinesis.createStream(b -> b.streamName("s").shardCount(1)));
        // The exception is documented for a stream that is not ACTIVE; AWS's wording here is not on record.
        expectErrorCode(ResourceInUseException.class, "ResourceInUseException",
                () -> kinesis.increaseStreamRetentionPeriod(b -> b.streamName("s").retentionPeriodHours(48)));

        time.advance(CREATE_DELAY);
        put("s", "now-active");
        assertThat(readFromTrimHorizon("s")).hasSize(1);
    }

    @Test
    void a_deleted_stream_is_deleting_until_the_delete_delay_passes_then_gone() {
        Instant created = activeStream("s", 2);
        put("s", "x");

        kinesis.deleteStream(b -> b.streamName("s"));

        StreamDescription deleting = kinesis.describeStream(b -> b.streamName("s")).streamDescription();
        assertThat(deleting.streamStatus()).isEqualTo(StreamStatus.DELETING);
        assertThat(deleting.shards()).isEmpty();
        assertThat(deleting.hasMoreShards()).isFalse();
        assertThat(deleting.streamCreationTimestamp()).isEqualTo(created);
        assertThat(kinesis.describeStreamSummary(b -> b.streamName("s")).streamDescriptionSummary().streamStatus())
                .isEqualTo(StreamStatus.DELETING);
        expectError(ResourceNotFoundException.class, "Stream s under account 000000000000 not found.",
                () -> kinesis.putRecord(b -> b.streamName("s").partitionKey("k").data(SdkBytes.fromUtf8String("x"))));
        expectError(ResourceInUseException.class, "Stream s under account 000000000000 already exists.",
                () -> kinesis.createStream(b -> b.streamName("s").shardCount(1)));
        kinesis.deleteStream(b -> b.streamName("s"));

        time.advance(DELETE_DELAY.minusMillis(1));
        assertThat(status("s")).isEqualTo(StreamStatus.DELETING);

        time.advance(Duration.ofMillis(1));
        expectError(ResourceNotFoundException.class, "Stream s under account 000000000000 not found.",
                () -> kinesis.describeStream(b -> b.streamName("s")));
        assertThat(kinesis.listStreams().streamNames()).isEmpty();
        kinesis.createStream(b -> b.streamName("s").shardCount(1));
        assertThat(status("s")).isEqualTo(StreamStatus.CREATING);
    }

    @Test
    void a_creating_stream_can_be_deleted() {
        kinesis.createStream(b -> b.streamName("s").shardCount(1));

        kinesis.deleteStream(b -> b.streamName("s"));

        assertThat(status("s")).isEqualTo(StreamStatus.DELETING);
        time.advance(CREATE_DELAY.plus(DELETE_DELAY));
        expectError(ResourceNotFoundException.class, "Stream s under account 000000000000 not found.",
                () -> kinesis.describeStreamSummary(b -> b.streamName("s")));
    }

    @Test
    void arrival_timestamps_and_lag_follow_the_harness_clock() {
        Instant created = activeStream("s", 1);
        Instant putAt = time.advance(Duration.ofHours(2).plusMillis(345));
        put("s", "a", "b");
        time.advance(Duration.ofMinutes(3));

        GetRecordsResponse first = kinesis.getRecords(b -> b.limit(1).shardIterator(
                iterator("s", ShardIteratorType.TRIM_HORIZON)));

        assertThat(first.records().get(0).approximateArrivalTimestamp()).isEqualTo(putAt);
        assertThat(first.millisBehindLatest()).isEqualTo(Duration.ofMinutes(3).toMillis());
        assertThat(putAt).isAfter(created);
    }

    /** Creates a stream and moves the clock past its create delay; returns its creation time. */
    private Instant activeStream(String name, int shards) {
        Instant created = harness.clock().now();
        kinesis.createStream(b -> b.streamName(name).shardCount(shards));
        time.advance(CREATE_DELAY);
        assertThat(status(name)).isEqualTo(StreamStatus.ACTIVE);
        return created;
    }

    private StreamStatus status(String name) {
        return kinesis.describeStreamSummary(b -> b.streamName(name)).streamDescriptionSummary().streamStatus();
    }

    private int retentionHours(String name) {
        return kinesis.describeStreamSummary(b -> b.streamName(name)).streamDescriptionSummary()
                .retentionPeriodHours();
    }

    private void put(String stream, String... values) {
        for (String v : values) {
            kinesis.putRecord(b -> b.streamName(stream).partitionKey("k").data(SdkBytes.fromUtf8String(v)));
        }
    }

    private String iterator(String stream, ShardIteratorType type) {
        return kinesis.getShardIterator(b -> b.streamName(stream).shardId("shardId-000000000000")
                .shardIteratorType(type)).shardIterator();
    }

    private List<Record> records(String iterator) {
        return kinesis.getRecords(b -> b.shardIterator(iterator)).records();
    }

    private List<Record> readFromTrimHorizon(String stream) {
        return records(iterator(stream, ShardIteratorType.TRIM_HORIZON));
    }
}
