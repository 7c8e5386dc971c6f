package io.kinesisharness.firehose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.support.AwsCli;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The AWS CLI's {@code firehose} commands: a stream made, written to, described, delivered, listed, deleted. */
class FirehoseCliTest {

    private KinesisHarness harness;
    private AwsCli cli;

    @BeforeEach
    void start() throws IOException {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(Instant.parse("2026-12-06T11:00:00Z"))
                .bucket("archive").start();
        cli = AwsCli.forEndpoint(harness.endpoint());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void a_cli_session_creates_puts_describes_and_reads_the_delivery_back() {
        JsonNode created = cli.json("firehose", "create-delivery-stream", "--delivery-stream-name", "logs",
                "--extended-s3-destination-configuration", "BucketARN=arn:aws:s3:::archive,"
                        + "RoleARN=arn:aws:iam::000000000000:role/f,CompressionFormat=GZIP,"
                        + "BufferingHints={SizeInMBs=1,IntervalInSeconds=60}");
        assertThat(created.get("DeliveryStreamARN").asText())
                .isEqualTo("arn:aws:firehose:us-east-1:000000000000:deliverystream/logs");

        // The CLI (v1, as installed here) sends a blob argument's text as the bytes.
        JsonNode put = cli.json("firehose", "put-record", "--delivery-stream-name", "logs", "--record",
                "{\"Data\":\"hello\"}");
        assertThat(put.get("RecordId").asText()).hasSize(224);
        assertThat(put.get("Encrypted").asBoolean()).isFalse();
        JsonNode batch = cli.json("firehose", "put-record-batch", "--delivery-stream-name", "logs", "--records",
                "[{\"Data\":\"world\"},{\"Data\":\"!\"}]");
        assertThat(batch.get("FailedPutCount").asInt()).isZero();

        JsonNode described = cli.json("firehose", "describe-delivery-stream", "--delivery-stream-name", "logs")
                .get("DeliveryStreamDescription");
        assertThat(described.get("DeliveryStreamStatus").asText()).isEqualTo("ACTIVE");
        assertThat(described.at("/Destinations/0/ExtendedS3DestinationDescription/CompressionFormat").asText())
                .isEqualTo("GZIP");

        harness.clock().advance(Duration.ofSeconds(60));
        JsonNode objects = cli.json("s3api", "list-objects-v2", "--bucket", "archive");
        assertThat(objects.at("/Contents/0/Key").asText()).startsWith("2026/12/06/11/logs-1-2026-12-06-11-00-00-")
                .endsWith(".gz");
        assertThat(harness.firehose().deliveredRecords("logs")).containsExactly("hello", "world", "!");

        assertThat(cli.json("firehose", "list-delivery-streams").get("DeliveryStreamNames").get(0).asText())
                .isEqualTo("logs");
        cli.text("firehose", "delete-delivery-stream", "--delivery-stream-name", "logs");
        AwsCli.Result missing = cli.run("firehose", "describe-delivery-stream", "--delivery-stream-name", "logs");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.stderr()).contains("ResourceNotFoundException")
                .contains("Firehose logs under account 000000000000 not found.");
    }
}
