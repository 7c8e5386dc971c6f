package io.kinesisharness.firehose;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.PutRecordBatchResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Buffering on the harness clock and S3 objects exactly as AWS names and fills them, through the SDK v2 clients. */
class FirehoseS3DeliveryTest {

    private static final Instant START = Instant.parse("2026-12-06T14:05:30Z");
    private static final String BUCKET = "deliveries";

    private KinesisHarness harness;
    private FirehoseClient firehose;
    private S3Client s3;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).bucket(BUCKET).start();
        firehose = FirehoseClients.firehose(harness);
        s3 = FirehoseClients.s3(harness);
    }

    @AfterEach
    void stop() {
        firehose.close();
        s3.close();
        harness.close();
    }

    @Test
    void nothing_is_written_before_the_interval_and_one_object_with_aws_key_when_it_ends() {
        FirehoseClients.createS3Stream(firehose, "orders", BUCKET, 1, 60, b -> { });
        PutRecordBatchResponse put = FirehoseClients.putAll(firehose, "orders", List.of("a", "b", "c"));
        assertThat(put.failedPutCount()).isZero();
        assertThat(put.requestResponses()).hasSize(3).allSatisfy(r -> assertThat(r.recordId()).hasSize(224));

        harness.clock().advance(Duration.ofSeconds(59));
        assertThat(keys()).isEmpty();

        harness.clock().advance(Duration.ofSeconds(1));
        List<String> keys = keys();
        assertThat(keys).singleElement().asString()
                .matches("2026/12/06/14/orders-1-2026-12-06-14-05-30-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-"
                        + "[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(keys.get(0)));
        assertThat(object.asString(StandardCharsets.UTF_8)).isEqualTo("abc");
        assertThat(object.response().contentType()).isEqualTo("application/octet-stream");
        assertThat(object.response().contentEncoding()).isNull();
        assertThat(harness.firehose().deliveredRecords("orders")).containsExactly("a", "b", "c");
    }

    @Test
    void a_buffer_reaching_its_size_is_delivered_without_waiting_for_the_interval() {
        FirehoseClients.createS3Stream(firehose, "big", BUCKET, 1, 900, b -> { });
        String half = "x".repeat(600 * 1024);
        FirehoseClients.putAll(firehose, "big", List.of(half, half, "tail"));

        harness.clock().advance(Duration.ZERO);

        List<String> keys = keys();
        assertThat(keys).hasSize(1);
        assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(keys.get(0))).asByteArray())
                .hasSize(2 * 600 * 1024);
        harness.clock().advance(Duration.ofSeconds(900));
        assertThat(keys()).hasSize(2);
        assertThat(harness.firehose().deliveredRecords("big")).last().isEqualTo("tail");
    }

    @Test
    void the_object_is_dated_by_its_first_record_and_the_interval_counts_from_it() {
        FirehoseClients.createS3Stream(firehose, "dated", BUCKET, 5, 60, b -> { });
        FirehoseClients.putAll(firehose, "dated", List.of("first"));
        harness.clock().advance(Duration.ofSeconds(45));
        FirehoseClients.putAll(firehose, "dated", List.of("second"));
        harness.clock().advance(Duration.ofSeconds(15));

        assertThat(keys()).singleElement().asString().startsWith("2026/12/06/14/dated-1-2026-12-06-14-05-30-");
        assertThat(harness.firehose().deliveredRecords("dated")).containsExactly("first", "second");
    }

    @Test
    void zero_second_buffering_delivers_as_soon_as_the_clock_ticks() {
        FirehoseClients.createS3Stream(firehose, "now", BUCKET, 1, 0, b -> { });
        FirehoseClients.putAll(firehose, "now", List.of("at once"));
        harness.clock().advance(Duration.ZERO);
        assertThat(keys()).hasSize(1);
    }

    @Test
    void append_delimiter_processor_ends_each_record_with_a_newline_and_records_are_otherwise_verbatim() {
        FirehoseClients.createS3Stream(firehose, "lines", BUCKET, 1, 60, b -> b.processingConfiguration(p -> p
                .enabled(true).processors(pr -> pr.type("AppendDelimiterToRecord"))));
        FirehoseClients.putAll(firehose, "lines", List.of("{\"a\":1}", "{\"a\":2}"));
        harness.clock().advance(Duration.ofMinutes(1));

        assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(keys().get(0))).asUtf8String())
                .isEqualTo("{\"a\":1}\n{\"a\":2}\n");
    }

    @Test
    void a_literal_prefix_gets_the_date_path_joined_without_a_slash_as_aws_does() {
        FirehoseClients.createS3Stream(firehose, "legacy", BUCKET, 1, 60, b -> b.prefix("legacy"));
        FirehoseClients.putAll(firehose, "legacy", List.of("r"));
        harness.clock().advance(Duration.ofMinutes(1));
        assertThat(keys()).singleElement().asString().startsWith("legacy2026/12/06/14/legacy-1-");
    }

    @Test
    void prefix_expressions_evaluate_at_the_first_records_time_and_random_strings_have_eleven_characters() {
        FirehoseClients.createS3Stream(firehose, "expr", BUCKET, 1, 60, b -> b
                .prefix("data/!{timestamp:yyyy}/!{timestamp:'m'MM}/!{firehose:random-string}/")
                .errorOutputPrefix("errors/!{firehose:error-output-type}/"));
        FirehoseClients.putAll(firehose, "expr", List.of("r"));
        harness.clock().advance(Duration.ofMinutes(1));
        assertThat(keys()).singleElement().asString()
                .matches("data/2026/m12/[0-9a-f]{8}-[0-9a-f]{2}/expr-1-2026-12-06-14-05-30-[0-9a-f-]{36}");
    }

    @Test
    void custom_time_zone_dates_the_prefix_and_the_name_in_that_zone() {
        FirehoseClients.createS3Stream(firehose, "tokyo", BUCKET, 1, 60, b -> b.customTimeZone("Asia/Tokyo"));
        FirehoseClients.putAll(firehose, "tokyo", List.of("r"));
        harness.clock().advance(Duration.ofMinutes(1));
        assertThat(keys()).singleElement().asString().startsWith("2026/12/06/23/tokyo-1-2026-12-06-23-05-30-");
    }

    @Test
    void s3_backup_writes_the_source_records_to_the_backup_bucket_on_its_own_hints() {
        harness.createBucket("backup");
        FirehoseClients.createS3Stream(firehose, "backed", BUCKET, 1, 60, b -> b
                .processingConfiguration(p -> p.enabled(true).processors(pr -> pr.type("AppendDelimiterToRecord")))
                .s3BackupMode("Enabled").s3BackupConfiguration(c -> c.bucketARN("arn:aws:s3:::backup")
                        .roleARN(FirehoseClients.ROLE).prefix("raw/")
                        .bufferingHints(h -> h.sizeInMBs(1).intervalInSeconds(120))));
        FirehoseClients.putAll(firehose, "backed", List.of("a", "b"));

        harness.clock().advance(Duration.ofSeconds(60));
        assertThat(keys()).hasSize(1);
        assertThat(s3.listObjectsV2(b -> b.bucket("backup")).contents()).isEmpty();

        harness.clock().advance(Duration.ofSeconds(60));
        List<S3Object> backups = s3.listObjectsV2(b -> b.bucket("backup")).contents();
        assertThat(backups).singleElement().extracting(S3Object::key).asString()
                .startsWith("raw/2026/12/06/14/backed-1-2026-12-06-14-05-30-");
        assertThat(s3.getObjectAsBytes(b -> b.bucket("backup").key(backups.get(0).key())).asUtf8String())
                .isEqualTo("ab");
    }

    @Test
    void a_missing_bucket_is_retried_on_the_harness_clock_until_it_exists() {
        FirehoseClients.createS3Stream(firehose, "late", "not-yet", 1, 60, b -> { });
        FirehoseClients.putAll(firehose, "late", List.of("kept"));
        harness.clock().advance(Duration.ofMinutes(1));

        List<FirehoseDelivery> attempts = harness.firehose().deliveries("late");
        assertThat(attempts).singleElement().satisfies(d -> {
            assertThat(d.delivered()).isFalse();
            assertThat(d.errorCode()).isEqualTo("S3.NoSuchBucket");
            assertThat(d.errorMessage()).isEqualTo("The specified bucket does not exist");
        });

        harness.createBucket("not-yet");
        harness.clock().advance(Duration.ofMinutes(10));
        assertThat(harness.firehose().deliveredRecords("late")).containsExactly("kept");
        assertThat(s3.listObjectsV2(b -> b.bucket("not-yet")).contents()).hasSize(1);
    }

    @Test
    void deleting_a_stream_discards_what_it_buffered() {
        FirehoseClients.createS3Stream(firehose, "gone", BUCKET, 1, 60, b -> { });
        FirehoseClients.putAll(firehose, "gone", List.of("lost"));
        firehose.deleteDeliveryStream(b -> b.deliveryStreamName("gone"));
        harness.clock().advance(Duration.ofMinutes(5));
        assertThat(keys()).isEmpty();
    }

    @Test
    void flush_delivers_now_and_the_version_in_the_name_follows_updates() {
        FirehoseClients.createS3Stream(firehose, "flushed", BUCKET, 1, 900, b -> b.prefix("v/"));
        firehose.updateDestination(b -> b.deliveryStreamName("flushed").currentDeliveryStreamVersionId("1")
                .destinationId("destinationId-000000000001").extendedS3DestinationUpdate(u -> u.prefix("w/")));
        FirehoseClients.putAll(firehose, "flushed", List.of("now"));

        harness.firehose().flush("flushed");

        assertThat(keys()).singleElement().asString().startsWith("w/2026/12/06/14/flushed-2-2026-12-06-14-05-30-");
    }

    private List<String> keys() {
        return s3.listObjectsV2(b -> b.bucket(BUCKET)).contents().stream().map(S3Object::key).toList();
    }
}
