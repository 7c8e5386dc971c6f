package io.kinesisharness.firehose;

import static io.kinesisharness.firehose.Processors.enabled;
import static io.kinesisharness.firehose.Processors.processor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.lambda.TransformResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.InvalidArgumentException;
import software.amazon.awssdk.services.firehose.model.InvalidSourceException;
import software.amazon.awssdk.services.firehose.model.Processor;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * CloudWatch Logs subscriptions into Firehose: the gzipped envelope a subscription filter sends, decompressed and
 * reduced to its messages before a transformation, a control message, puts refused while decompression is on,
 * records that do not decompress kept compressed in the error output, and the processors' rules.
 */
class FirehoseCloudWatchLogsTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Processor DECOMPRESS = processor("Decompression", "CompressionFormat", "GZIP");
    private static final Processor EXTRACT = processor("CloudWatchLogProcessing", "DataMessageExtraction", "true");

    private KinesisHarness harness;
    private FirehoseClient firehose;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).bucket("sink")
                .stream("logs", 1).start();
        firehose = FirehoseClients.firehose(harness);
    }

    @AfterEach
    void stop() {
        firehose.close();
        harness.close();
    }

    private void create(String name, Processor... processors) {
        FirehoseClients.createS3Stream(firehose, name, "sink", 1, 60, s -> s.prefix(name + "/")
                .errorOutputPrefix(name + "-errors/").processingConfiguration(enabled(processors)));
    }

    @Test
    void log_events_arrive_as_their_messages_one_envelope_one_record() {
        create("app-logs", EXTRACT, DECOMPRESS);
        harness.firehose().putLogEvents("app-logs", "/aws/lambda/orders", "2026/12/06/[$LATEST]abc",
                List.of("first line", "second line"));
        harness.firehose().putLogEvents("app-logs", "/aws/lambda/orders", "2026/12/06/[$LATEST]abc",
                List.of("third line"));
        harness.firehose().flush("app-logs");

        assertThat(harness.firehose().deliveredRecords("app-logs"))
                .containsExactly("first line\nsecond line\n", "third line\n");
    }

    @Test
    void without_extraction_the_envelope_is_delivered_decompressed_as_cloudwatch_logs_wrote_it() throws Exception {
        create("envelopes", DECOMPRESS);
        harness.firehose().putLogEvents("envelopes", "group", "stream", List.of("hello"));
        harness.firehose().flush("envelopes");

        JsonNode envelope = JSON.readTree(harness.firehose().deliveredRecords("envelopes").get(0));
        assertThat(envelope.fieldNames()).toIterable().containsExactly("messageType", "owner", "logGroup",
                "logStream", "subscriptionFilters", "logEvents");
        assertThat(envelope.path("messageType").asText()).isEqualTo("DATA_MESSAGE");
        assertThat(envelope.path("owner").asText()).isEqualTo("000000000000");
        JsonNode event = envelope.path("logEvents").get(0);
        assertThat(event.path("id").asText()).matches("[1-9][0-9]{55}");
        assertThat(event.path("timestamp").asLong()).isEqualTo(START.toEpochMilli());
        assertThat(event.path("message").asText()).isEqualTo("hello");
    }

    @Test
    void a_control_message_leaves_an_empty_record() {
        create("controlled", DECOMPRESS, EXTRACT);
        harness.firehose().putControlMessage("controlled");
        harness.firehose().putLogEvents("controlled", "g", "s", List.of("real"));
        harness.firehose().flush("controlled");
        assertThat(harness.firehose().deliveredRecords("controlled")).containsExactly("", "real\n");
    }

    @Test
    void direct_puts_are_refused_while_decompression_is_on() {
        create("logs-only", DECOMPRESS, EXTRACT);
        assertThatThrownBy(() -> firehose.putRecord(b -> b.deliveryStreamName("logs-only")
                .record(r -> r.data(SdkBytes.fromUtf8String("x")))))
                .isInstanceOf(InvalidSourceException.class)
                .hasMessageStartingWith("Only requests from CloudWatch Logs are supported when CloudWatch Logs "
                        + "decompression is enabled.");
    }

    @Test
    void messages_are_extracted_before_the_transformation_sees_them() {
        harness.lambda().registerTransformer("tag", r -> TransformResult.ok("[app] " + r.text()));
        create("tagged", DECOMPRESS, EXTRACT,
                Processors.lambda("arn:aws:lambda:us-east-1:000000000000:function:tag"));
        harness.firehose().putLogEvents("tagged", "g", "s", List.of("started"));
        harness.firehose().flush("tagged");
        assertThat(harness.firehose().deliveredRecords("tagged")).containsExactly("[app] started\n");
    }

    @Test
    void a_record_that_does_not_decompress_goes_to_the_error_output_still_compressed() throws Exception {
        firehose.createDeliveryStream(b -> b.deliveryStreamName("from-kinesis")
                .deliveryStreamType("KinesisStreamAsSource")
                .kinesisStreamSourceConfiguration(k -> k.kinesisStreamARN(
                        "arn:aws:kinesis:us-east-1:000000000000:stream/logs").roleARN(FirehoseClients.ROLE))
                .extendedS3DestinationConfiguration(s -> s.bucketARN("arn:aws:s3:::sink").roleARN(FirehoseClients.ROLE)
                        .errorOutputPrefix("kerr/").processingConfiguration(enabled(DECOMPRESS, EXTRACT))));
        byte[] notLogs = gzip("{\"just\":\"json\"}");
        try (KinesisClient kinesis = io.kinesisharness.kinesis.support.KinesisClients.create(harness,
                io.kinesisharness.kinesis.support.Wire.CBOR,
                new io.kinesisharness.kinesis.support.ContentTypeRecorder())) {
            kinesis.putRecord(b -> b.streamName("logs").partitionKey("k").data(SdkBytes.fromByteArray(notLogs)));
            kinesis.putRecord(b -> b.streamName("logs").partitionKey("k")
                    .data(SdkBytes.fromUtf8String("plain text")));
        }
        harness.clock().advance(java.time.Duration.ofSeconds(1));
        harness.firehose().flush("from-kinesis");

        List<String> docs = harness.firehose().deliveries("from-kinesis").stream()
                .filter(d -> d.destination() == FirehoseDelivery.Destination.S3_ERROR)
                .flatMap(d -> d.recordsAsStrings().stream()).toList();
        assertThat(docs).hasSize(2);
        JsonNode doc = JSON.readTree(docs.get(0));
        assertThat(doc.path("errorCode").asText()).isEqualTo("Decompression failed.");
        assertThat(doc.path("errorMessage").asText())
                .isEqualTo("Decompression failed because input data does not conform to cloudwatch log.");
        assertThat(Base64.getDecoder().decode(doc.path("rawData").asText())).isEqualTo(notLogs);
        assertThat(gunzip(Base64.getDecoder().decode(doc.path("rawData").asText()))).isEqualTo("{\"just\":\"json\"}");
        assertThat(harness.firehose().deliveries("from-kinesis").stream()
                .filter(d -> d.destination() == FirehoseDelivery.Destination.S3_ERROR).findFirst().orElseThrow().key())
                .startsWith("kerr/decompression-failed/2026/12/06/10/");
    }

    @Test
    void processor_rules_with_aws_messages() {
        assertThatThrownBy(() -> create("extract-only", EXTRACT)).isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("CloudWatchLogProcessingProcessor can only be enabled with "
                        + "DecompressionProcessor");
        assertThatThrownBy(() -> create("zip", processor("Decompression", "CompressionFormat", "ZIP")))
                .hasMessageStartingWith("CompressionFormat has to be GZIP");
        assertThatThrownBy(() -> create("maybe", DECOMPRESS,
                processor("CloudWatchLogProcessing", "DataMessageExtraction", "maybe")))
                .hasMessageStartingWith("Invalid parameter value for DataMessageExtraction. Allowed values are True "
                        + "and False.");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String gunzip(byte[] data) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
