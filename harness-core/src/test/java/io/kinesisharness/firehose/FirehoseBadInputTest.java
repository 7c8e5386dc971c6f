package io.kinesisharness.firehose;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.settings.KinesisSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.PutRecordBatchResponse;

/**
 * Bad input on the wire gets AWS's error as JSON 1.1 answers it (never a 500), and nothing already accepted is lost
 * by it; with throttling on, a stream's put quota fails entries one by one with AWS's "Slow down.".
 */
class FirehoseBadInputTest {

    private KinesisHarness harness;
    private FirehoseClient firehose;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).bucket("bad-input")
                .setting(KinesisSettings.THROTTLING, true).start();
        firehose = FirehoseClients.firehose(harness);
        FirehoseClients.createS3Stream(firehose, "s", "bad-input", 1, 60, b -> { });
    }

    @AfterEach
    void stop() {
        firehose.close();
        harness.close();
    }

    @Test
    void malformed_requests_get_json_errors_and_the_buffer_keeps_what_it_had() {
        FirehoseClients.putAll(firehose, "s", List.of("kept"));
        assertThat(FirehoseClients.rawCall(harness, "PutRecord", "{\"DeliveryStreamName\":\"s\""))
                .contains("\"__type\":\"SerializationException\"");
        assertThat(FirehoseClients.rawCall(harness, "PutRecord", "{\"DeliveryStreamName\":\"s\",\"Record\":"
                + "{\"Data\":\"not base64!\"}}")).contains("\"__type\":\"SerializationException\"");
        assertThat(FirehoseClients.rawCall(harness, "ListDeliveryStreams", "{\"Limit\":\"ten\"}"))
                .contains("\"__type\":\"SerializationException\"");
        assertThat(FirehoseClients.rawCall(harness, "PutRecord", "{\"DeliveryStreamName\":\"s\"}"))
                .isEqualTo("{\"__type\":\"ValidationException\",\"message\":\"1 validation error detected: Value at "
                        + "'record' failed to satisfy constraint: Member must not be null\"}");
        assertThat(FirehoseClients.rawCall(harness, "Nope", "{}")).contains("UnknownOperationException");

        harness.clock().advance(Duration.ofSeconds(60));
        assertThat(harness.firehose().deliveredRecords("s")).containsExactly("kept");
    }

    @Test
    void over_the_streams_quota_entries_fail_alone_with_slow_down_until_the_clock_moves() {
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add("r" + i);
        }
        for (int i = 0; i < 10; i++) {
            assertThat(FirehoseClients.putAll(firehose, "s", batch).failedPutCount()).isZero();
        }
        PutRecordBatchResponse over = FirehoseClients.putAll(firehose, "s", batch);
        assertThat(over.failedPutCount()).isEqualTo(500);
        assertThat(over.requestResponses()).allSatisfy(r -> {
            assertThat(r.errorCode()).isEqualTo("ServiceUnavailableException");
            assertThat(r.errorMessage()).isEqualTo("Slow down.");
            assertThat(r.recordId()).isNull();
        });
        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(FirehoseClients.putAll(firehose, "s", batch).failedPutCount()).isZero();
        harness.firehose().flush("s");
        assertThat(harness.firehose().deliveredRecords("s")).hasSize(5500);
    }
}
