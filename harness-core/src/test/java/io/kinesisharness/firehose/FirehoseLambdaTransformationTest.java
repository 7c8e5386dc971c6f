package io.kinesisharness.firehose;

import static io.kinesisharness.firehose.Processors.enabled;
import static io.kinesisharness.firehose.Processors.lambda;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.lambda.LambdaInvocation;
import io.kinesisharness.lambda.TransformResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.InvalidArgumentException;
import software.amazon.awssdk.services.firehose.model.Processor;

/**
 * Lambda transformation as AWS runs it: the processor's own buffer on the harness clock, AWS's invocation event,
 * each result status, each malformed response with AWS's error code and message in the error document, function
 * errors retried NumberOfRetries times on the clock, an unregistered function, and the configuration rules.
 */
class FirehoseLambdaTransformationTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:shout";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KinesisHarness harness;
    private FirehoseClient firehose;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).bucket("sink").start();
        firehose = FirehoseClients.firehose(harness);
    }

    @AfterEach
    void stop() {
        firehose.close();
        harness.close();
    }

    private void create(String name, Processor... processors) {
        FirehoseClients.createS3Stream(firehose, name, "sink", 5, 300, s -> s.prefix(name + "/")
                .errorOutputPrefix(name + "-errors/").processingConfiguration(enabled(processors)));
    }

    private List<String> errorDocuments(String stream) {
        return harness.firehose().deliveries(stream).stream()
                .filter(d -> d.destination() == FirehoseDelivery.Destination.S3_ERROR)
                .flatMap(d -> d.recordsAsStrings().stream()).toList();
    }

    private static String text(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    @Test
    void results_replace_the_data_after_the_processor_interval_then_deliver_on_the_destination_hints()
            throws Exception {
        harness.lambda().registerTransformer("shout", r -> r.text().startsWith("drop") ? TransformResult.dropped()
                : TransformResult.ok(r.text().toUpperCase() + "\n"));
        create("shouted", lambda(ARN, "BufferIntervalInSeconds", "60"));

        FirehoseClients.putAll(firehose, "shouted", List.of("hello", "drop me", "world"));
        harness.clock().advance(Duration.ofSeconds(59));
        assertThat(harness.lambda().invocations("shout")).isEmpty();

        harness.clock().advance(Duration.ofSeconds(1));
        List<LambdaInvocation> calls = harness.lambda().invocations("shout");
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).time()).isEqualTo(START.plusSeconds(60));
        JsonNode event = JSON.readTree(calls.get(0).event());
        assertThat(event.fieldNames()).toIterable()
                .containsExactly("invocationId", "deliveryStreamArn", "region", "records");
        assertThat(event.path("deliveryStreamArn").asText())
                .isEqualTo("arn:aws:firehose:us-east-1:000000000000:deliverystream/shouted");
        assertThat(event.path("region").asText()).isEqualTo("us-east-1");
        assertThat(event.path("records")).hasSize(3);
        JsonNode first = event.path("records").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("recordId", "approximateArrivalTimestamp", "data");
        assertThat(first.path("approximateArrivalTimestamp").asLong()).isEqualTo(START.toEpochMilli());
        assertThat(text(first.path("data").asText())).isEqualTo("hello");
        assertThat(harness.firehose().deliveries("shouted")).isEmpty();

        harness.clock().advance(Duration.ofSeconds(240));
        assertThat(harness.firehose().deliveries("shouted")).isEmpty();
        harness.clock().advance(Duration.ofSeconds(60));
        assertThat(harness.firehose().deliveredRecords("shouted")).containsExactly("HELLO\n", "WORLD\n");
        assertThat(errorDocuments("shouted")).isEmpty();
    }

    @Test
    void processing_failed_records_are_written_as_aws_writes_them() throws Exception {
        harness.lambda().registerTransformer("shout", r -> r.text().equals("bad") ? TransformResult.processingFailed(r.data())
                : TransformResult.ok(r.data()));
        create("failing", lambda(ARN));
        FirehoseClients.putAll(firehose, "failing", List.of("good", "bad"));
        harness.clock().advance(Duration.ofSeconds(5));
        harness.firehose().flush("failing");

        assertThat(harness.firehose().deliveredRecords("failing")).containsExactly("good");
        List<String> docs = errorDocuments("failing");
        assertThat(docs).hasSize(1);
        JsonNode doc = JSON.readTree(docs.get(0));
        assertThat(doc.fieldNames()).toIterable().containsExactly("rawData", "errorCode", "errorMessage",
                "attemptsMade", "arrivalTimestamp", "attemptEndingTimestamp", "lambdaARN");
        assertThat(text(doc.path("rawData").asText())).isEqualTo("bad");
        assertThat(doc.path("errorCode").asText()).isEqualTo("Lambda.ProcessingFailedStatus");
        assertThat(doc.path("errorMessage").asText()).isEqualTo("ProcessingFailed status set for record");
        assertThat(doc.path("attemptsMade").asInt()).isEqualTo(1);
        assertThat(doc.path("arrivalTimestamp").asLong()).isEqualTo(START.toEpochMilli());
        assertThat(doc.path("attemptEndingTimestamp").asLong()).isEqualTo(START.plusSeconds(5).toEpochMilli());
        assertThat(doc.path("lambdaARN").asText()).isEqualTo(ARN);
        FirehoseDelivery errors = harness.firehose().deliveries("failing").stream()
                .filter(d -> d.destination() == FirehoseDelivery.Destination.S3_ERROR).findFirst().orElseThrow();
        assertThat(errors.key()).startsWith("failing-errors/processing-failed/2026/12/06/10/failing-1-"
                + "2026-12-06-10-00-00-");
    }

    @Test
    void function_errors_are_retried_number_of_retries_times_on_the_clock_then_fail_every_record()
            throws Exception {
        harness.lambda().register("shout", event -> {
            throw new IllegalStateException("boom");
        });
        create("retried", lambda(ARN, "NumberOfRetries", "2", "BufferIntervalInSeconds", "0"));
        FirehoseClients.putAll(firehose, "retried", List.of("a", "b"));

        harness.firehose().flush("retried");
        assertThat(harness.lambda().invocations("shout")).hasSize(1);
        harness.clock().advance(Duration.ofMillis(999));
        assertThat(harness.lambda().invocations("shout")).hasSize(1);
        harness.clock().advance(Duration.ofMillis(1));
        assertThat(harness.lambda().invocations("shout")).hasSize(2);
        assertThat(errorDocuments("retried")).isEmpty();
        harness.clock().advance(Duration.ofSeconds(2));
        List<LambdaInvocation> calls = harness.lambda().invocations("shout");
        assertThat(calls).extracting(LambdaInvocation::time)
                .containsExactly(START, START.plusSeconds(1), START.plusSeconds(3));
        assertThat(calls).allSatisfy(c -> assertThat(c.error()).contains("boom"));
        List<String> invocationIds = new ArrayList<>();
        List<String> recordIds = new ArrayList<>();
        for (LambdaInvocation c : calls) {
            JsonNode e = JSON.readTree(c.event());
            invocationIds.add(e.path("invocationId").asText());
            recordIds.add(e.path("records").get(0).path("recordId").asText());
        }
        assertThat(invocationIds).doesNotHaveDuplicates();
        assertThat(recordIds).containsOnly(recordIds.get(0));

        List<String> docs = errorDocuments("retried");
        assertThat(docs).hasSize(2);
        JsonNode doc = JSON.readTree(docs.get(0));
        assertThat(doc.path("errorCode").asText()).isEqualTo("Lambda.FunctionError");
        assertThat(doc.path("errorMessage").asText())
                .isEqualTo("The Lambda function was successfully invoked but it returned an error result.");
        assertThat(doc.path("attemptsMade").asInt()).isEqualTo(3);
        assertThat(doc.path("attemptEndingTimestamp").asLong()).isEqualTo(START.plusSeconds(3).toEpochMilli());
        assertThat(harness.firehose().deliveredRecords("retried")).isEmpty();
    }

    @Test
    void a_malformed_response_fails_every_record_of_the_invocation_with_aws_code() throws Exception {
        Map<String, String[]> cases = Map.of(
                "not json", new String[] {"Lambda.JsonProcessingException", "There was an error parsing returned "
                        + "records from the Lambda function. Ensure that the returned records follow the status "
                        + "model required by Kinesis Data Firehose."},
                "{}", new String[] {"Lambda.MissingRecordId", "One or more record Ids were not returned. Ensure "
                        + "that the Lambda function returns all received record Ids."},
                "dup", new String[] {"Lambda.DuplicatedRecordId", "Multiple records were returned with the same "
                        + "record Id. Ensure that the Lambda function returns a unique record Id for each record."},
                "status", new String[] {"Lambda.FunctionError", "Check your function and make sure the output is in "
                        + "required format. In addition to that, make sure the processed records contain valid result "
                        + "status of Dropped, Ok, or ProcessingFailed"});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            String name = "malformed-" + (c.getKey().equals("{}") ? "empty" : c.getKey().replace(' ', '-'));
            String fn = "fn-" + name;
            harness.lambda().register(fn, event -> {
                JsonNode e = JSON.readTree(event);
                String id = e.path("records").get(0).path("recordId").asText();
                return switch (c.getKey()) {
                    case "dup" -> "{\"records\":[{\"recordId\":\"" + id + "\",\"result\":\"Ok\",\"data\":\"eA==\"},"
                            + "{\"recordId\":\"" + id + "\",\"result\":\"Ok\",\"data\":\"eA==\"}]}";
                    case "status" -> "{\"records\":[{\"recordId\":\"" + id + "\",\"result\":\"Fine\"}]}";
                    default -> c.getKey();
                };
            });
            create(name, lambda("arn:aws:lambda:us-east-1:000000000000:function:" + fn + ":$LATEST"));
            FirehoseClients.putAll(firehose, name, List.of("x"));
            harness.firehose().flush(name);

            List<String> docs = errorDocuments(name);
            assertThat(docs).as(c.getKey()).hasSize(1);
            JsonNode doc = JSON.readTree(docs.get(0));
            assertThat(doc.path("errorCode").asText()).as(c.getKey()).isEqualTo(c.getValue()[0]);
            assertThat(doc.path("errorMessage").asText()).as(c.getKey()).isEqualTo(c.getValue()[1]);
            assertThat(doc.path("attemptsMade").asInt()).as(c.getKey()).isEqualTo(1);
            assertThat(harness.lambda().invocations(fn)).as(c.getKey()).hasSize(1);
        }
    }

    @Test
    void ok_without_data_fails_its_record_and_unknown_ids_are_ignored() throws Exception {
        harness.lambda().register(ARN, event -> {
            JsonNode records = JSON.readTree(event).path("records");
            String a = records.get(0).path("recordId").asText();
            String b = records.get(1).path("recordId").asText();
            return "{\"records\":[{\"recordId\":\"" + a + "\",\"result\":\"Ok\"},"
                    + "{\"recordId\":\"" + b + "\",\"result\":\"Ok\",\"data\":\"" + Base64.getEncoder()
                            .encodeToString("kept".getBytes(StandardCharsets.UTF_8)) + "\"},"
                    + "{\"recordId\":\"nobody\",\"result\":\"Ok\",\"data\":\"eA==\"}]}";
        });
        create("partial", lambda(ARN));
        FirehoseClients.putAll(firehose, "partial", List.of("one", "two"));
        harness.firehose().flush("partial");

        assertThat(harness.firehose().deliveredRecords("partial")).containsExactly("kept");
        JsonNode doc = JSON.readTree(errorDocuments("partial").get(0));
        assertThat(text(doc.path("rawData").asText())).isEqualTo("one");
        assertThat(doc.path("errorCode").asText()).isEqualTo("Lambda.InvalidReturnFormat");
        assertThat(doc.path("errorMessage").asText()).startsWith("The data field cannot be null when the SourceType "
                + "is DirectPut or KinesisStreamAsSource and processing result is Ok.");
    }

    @Test
    void an_unregistered_function_fails_the_records_as_a_missing_function_does() throws Exception {
        create("orphan", lambda("arn:aws:lambda:us-east-1:000000000000:function:nobody"));
        FirehoseClients.putAll(firehose, "orphan", List.of("x"));
        harness.firehose().flush("orphan");

        JsonNode doc = JSON.readTree(errorDocuments("orphan").get(0));
        assertThat(doc.path("errorCode").asText()).isEqualTo("Lambda.ResourceNotFound");
        assertThat(doc.path("errorMessage").asText())
                .isEqualTo("The specified Lambda function does not exist. Use a different function that does exist.");
        assertThat(harness.lambda().invocations("nobody")).singleElement()
                .satisfies(i -> assertThat(i.error()).contains("No function is registered with the harness"));
    }

    @Test
    void a_buffer_reaching_the_processor_size_hint_is_transformed_without_waiting_for_the_interval() {
        harness.lambda().registerTransformer("shout", r -> TransformResult.ok(r.data()));
        create("sized", lambda(ARN, "BufferSizeInMBs", "0.2", "BufferIntervalInSeconds", "900"));
        String big = "x".repeat(100_000);
        FirehoseClients.putAll(firehose, "sized", List.of(big, big, big));

        // The clock is MANUAL and never advanced: only the size hint can have sealed the buffer.
        Processors.await("the invocation a full processor buffer makes",
                () -> harness.lambda().invocations("shout").size() == 1);
    }

    @Test
    void records_from_a_kinesis_stream_carry_their_kinesis_metadata_kpl_aggregates_split_first() throws Exception {
        harness.lambda().registerTransformer("shout", r -> TransformResult.ok(r.text() + "@" + r.kinesis().shardId()
                + "/" + r.kinesis().subsequenceNumber()));
        try (var kinesis = io.kinesisharness.kinesis.support.KinesisClients.create(harness,
                io.kinesisharness.kinesis.support.Wire.CBOR, new io.kinesisharness.kinesis.support.ContentTypeRecorder())) {
            kinesis.createStream(b -> b.streamName("orders").shardCount(1));
            harness.clock().advance(Duration.ofSeconds(1));
            firehose.createDeliveryStream(b -> b.deliveryStreamName("from-orders")
                    .deliveryStreamType("KinesisStreamAsSource")
                    .kinesisStreamSourceConfiguration(k -> k.kinesisStreamARN(
                            "arn:aws:kinesis:us-east-1:000000000000:stream/orders").roleARN(FirehoseClients.ROLE))
                    .extendedS3DestinationConfiguration(d -> d.bucketARN("arn:aws:s3:::sink")
                            .roleARN(FirehoseClients.ROLE).processingConfiguration(enabled(lambda(ARN)))));
            harness.clock().advance(Duration.ofSeconds(5));
            byte[] aggregate = FirehoseKinesisSourceTest.aggregate(List.of("u1", "u2"));
            kinesis.putRecord(b -> b.streamName("orders").partitionKey("pk")
                    .data(software.amazon.awssdk.core.SdkBytes.fromByteArray(aggregate)));
            harness.clock().advance(Duration.ofSeconds(1));
        }
        harness.firehose().flush("from-orders");

        assertThat(harness.firehose().deliveredRecords("from-orders"))
                .containsExactly("u1@shardId-000000000000/0", "u2@shardId-000000000000/1");
        JsonNode event = JSON.readTree(harness.lambda().invocations("shout").get(0).event());
        assertThat(event.path("sourceKinesisStreamArn").asText())
                .isEqualTo("arn:aws:kinesis:us-east-1:000000000000:stream/orders");
        JsonNode metadata = event.path("records").get(1).path("kinesisRecordMetadata");
        assertThat(metadata.fieldNames()).toIterable().containsExactly("shardId", "partitionKey",
                "approximateArrivalTimestamp", "sequenceNumber", "subsequenceNumber");
        assertThat(metadata.path("partitionKey").asText()).as("the user record's key, from the aggregate").isEqualTo("agg");
        assertThat(metadata.path("subsequenceNumber").asText()).isEqualTo("1");
    }

    @Test
    void invocations_stay_under_lambdas_six_megabyte_payload() {
        harness.lambda().registerTransformer("shout", r -> TransformResult.ok(r.data()));
        create("many", lambda(ARN, "BufferSizeInMBs", "3"));
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add("x");
        }
        for (int put = 0; put < 60; put++) {
            FirehoseClients.putAll(firehose, "many", batch);
        }
        harness.firehose().flush("many");

        List<LambdaInvocation> calls = harness.lambda().invocations("shout");
        assertThat(calls.size()).as("30,000 tiny records need more than one event").isGreaterThan(1);
        assertThat(calls).allSatisfy(c -> assertThat(c.event().getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(6 * 1024 * 1024));
        assertThat(harness.firehose().deliveredRecords("many")).hasSize(30_000);
    }

    @Test
    void configuration_rules_with_aws_messages() {
        assertThatThrownBy(() -> create("no-arn", Processors.processor("Lambda", "NumberOfRetries", "1")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("LambdaArn is required when Lambda processor is used.");
        assertThatThrownBy(() -> create("too-big", lambda(ARN, "BufferSizeInMBs", "4")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("Lambda BufferSizeInMBs must be between 0.2 and 3.");
        assertThatThrownBy(() -> create("two", lambda(ARN), lambda(ARN)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("Cannot have more than 1 Lambda processor");
        assertThatThrownBy(() -> create("deagg", Processors.processor("RecordDeAggregation", "SubRecordType", "JSON")))
                .isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith("class com.amazonaws.services."
                        + "firehose.internal.model.RecordDeAggregationProcessor can only be present when Dynamic "
                        + "Partitioning is enabled.");
        create("described", lambda(ARN, "NumberOfRetries", "5"));
        assertThat(firehose.describeDeliveryStream(b -> b.deliveryStreamName("described")).deliveryStreamDescription()
                .destinations().get(0).extendedS3DestinationDescription().processingConfiguration().processors()
                .get(0).parameters()).anySatisfy(p -> assertThat(p.parameterValue()).isEqualTo("5"));
    }
}
