package io.kinesisharness.firehose;

import static io.kinesisharness.firehose.Processors.enabled;
import static io.kinesisharness.firehose.Processors.lambda;
import static io.kinesisharness.firehose.Processors.processor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.lambda.TransformResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.InvalidArgumentException;
import software.amazon.awssdk.services.firehose.model.ProcessingConfiguration;

/**
 * Dynamic partitioning: keys from a jq 1.6 query and from a Lambda's metadata, one buffer and one object per
 * partition named by the keys, de-aggregation of JSON and delimited records, records without keys in the error
 * output, the active-partition limit, and AWS's configuration rules.
 */
class FirehoseDynamicPartitioningTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:keys";
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

    private void create(String name, String prefix, ProcessingConfiguration processing) {
        FirehoseClients.createS3Stream(firehose, name, "sink", 64, 60, s -> s.prefix(prefix)
                .errorOutputPrefix("errors/!{firehose:error-output-type}/")
                .dynamicPartitioningConfiguration(d -> d.enabled(true)).processingConfiguration(processing));
    }

    private static ProcessingConfiguration query(String jq, software.amazon.awssdk.services.firehose.model.Processor...
            more) {
        List<software.amazon.awssdk.services.firehose.model.Processor> all = new ArrayList<>(List.of(more));
        all.add(processor("MetadataExtraction", "MetadataExtractionQuery", jq, "JsonParsingEngine", "JQ-1.6"));
        return enabled(all.toArray(software.amazon.awssdk.services.firehose.model.Processor[]::new));
    }

    /** Delivered objects' keys (without the object name) and their records. */
    private Map<String, List<String>> byPrefix(String stream) {
        Map<String, List<String>> out = new TreeMap<>();
        harness.firehose().deliveries(stream).stream().filter(d -> d.destination() == FirehoseDelivery.Destination.S3)
                .forEach(d -> out.put(d.key().substring(0, d.key().lastIndexOf('/') + 1), d.recordsAsStrings()));
        return out;
    }

    private List<JsonNode> errors(String type) throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        for (FirehoseDelivery d : harness.firehose().deliveries("parted")) {
            if (d.destination() == FirehoseDelivery.Destination.S3_ERROR && d.key().startsWith("errors/" + type + "/")) {
                for (String doc : d.recordsAsStrings()) {
                    docs.add(JSON.readTree(doc));
                }
            }
        }
        return docs;
    }

    @Test
    void jq_keys_choose_a_buffer_and_a_prefix_per_partition() {
        create("parted", "customers/!{partitionKeyFromQuery:customer}/!{partitionKeyFromQuery:year}/",
                query("{customer: .customer_id, year: .ts | strftime(\"%Y\")}",
                        processor("AppendDelimiterToRecord")));
        FirehoseClients.putAll(firehose, "parted", List.of(
                "{\"customer_id\":\"alice\",\"ts\":1764979200}", "{\"customer_id\":\"bob\",\"ts\":1796515200}",
                "{\"customer_id\":\"alice\",\"ts\":1764979201}"));
        harness.clock().advance(Duration.ofSeconds(59));
        assertThat(byPrefix("parted")).isEmpty();

        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(byPrefix("parted")).containsOnly(
                Map.entry("customers/alice/2025/", List.of("{\"customer_id\":\"alice\",\"ts\":1764979200}\n",
                        "{\"customer_id\":\"alice\",\"ts\":1764979201}\n")),
                Map.entry("customers/bob/2026/", List.of("{\"customer_id\":\"bob\",\"ts\":1796515200}\n")));
    }

    @Test
    void records_whose_keys_cannot_be_extracted_go_to_the_error_output() throws Exception {
        create("parted", "by/!{partitionKeyFromQuery:customer}/", query("{customer: .customer_id}"));
        FirehoseClients.putAll(firehose, "parted", List.of("not json", "{\"other\":1}", "{\"customer_id\":\"c\"}"));
        harness.firehose().flush("parted");

        assertThat(byPrefix("parted")).containsOnlyKeys("by/c/");
        List<JsonNode> docs = errors("metadata-extraction-failed");
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).fieldNames()).toIterable().containsExactly("rawData", "errorCode", "errorMessage",
                "attemptsMade", "arrivalTimestamp", "attemptEndingTimestamp");
        assertThat(docs.get(0).path("errorCode").asText()).isEqualTo("DynamicPartitioning.MetadataExtractionFailed");
        assertThat(docs.get(0).path("errorMessage").asText()).isEqualTo("Non JSON record provided");
        assertThat(new String(Base64.getDecoder().decode(docs.get(1).path("rawData").asText()),
                StandardCharsets.UTF_8)).isEqualTo("{\"other\":1}");
    }

    @Test
    void keys_a_lambda_returns_partition_its_output() throws Exception {
        harness.lambda().registerTransformer("keys", r -> r.text().contains("nokey") ? TransformResult.ok(r.data())
                : TransformResult.ok(r.data()).withPartitionKeys(Map.of("region", r.text().substring(0, 2))));
        create("parted", "regions/!{partitionKeyFromLambda:region}/", enabled(lambda(ARN)));
        FirehoseClients.putAll(firehose, "parted", List.of("eu-1", "us-1", "eu-2", "nokey"));
        harness.firehose().flush("parted");

        assertThat(byPrefix("parted")).containsOnly(Map.entry("regions/eu/", List.of("eu-1", "eu-2")),
                Map.entry("regions/us/", List.of("us-1")));
        assertThat(errors("partitioning-failed")).singleElement()
                .satisfies(d -> assertThat(new String(Base64.getDecoder().decode(d.path("rawData").asText()),
                        StandardCharsets.UTF_8)).isEqualTo("nokey"));
    }

    @Test
    void json_and_delimited_records_are_de_aggregated_before_partitioning() {
        create("parted", "by/!{partitionKeyFromQuery:k}/", query("{k: .k}",
                processor("RecordDeAggregation", "SubRecordType", "JSON")));
        FirehoseClients.putAll(firehose, "parted", List.of("{\"k\":\"a\",\"n\":1}{\"k\":\"b\",\"n\":2}\n{\"k\":\"a\"}"));
        harness.firehose().flush("parted");
        assertThat(byPrefix("parted")).containsOnly(
                Map.entry("by/a/", List.of("{\"k\":\"a\",\"n\":1}", "{\"k\":\"a\"}")),
                Map.entry("by/b/", List.of("{\"k\":\"b\",\"n\":2}")));

        FirehoseClients.createS3Stream(firehose, "delimited", "sink", 64, 60, s -> s
                .prefix("d/!{partitionKeyFromQuery:k}/").errorOutputPrefix("derr/!{firehose:error-output-type}/")
                .dynamicPartitioningConfiguration(d -> d.enabled(true)).processingConfiguration(query("{k: .k}",
                        processor("RecordDeAggregation", "SubRecordType", "DELIMITED", "Delimiter",
                                Base64.getEncoder().encodeToString("####".getBytes(StandardCharsets.UTF_8))))));
        FirehoseClients.putAll(firehose, "delimited", List.of("{\"k\":\"x\"}####{\"k\":\"y\"}####{\"k\":\"x\",\"z\":0}"));
        harness.firehose().flush("delimited");
        Map<String, List<String>> delimited = byPrefix("delimited");
        assertThat(delimited).containsOnly(Map.entry("d/x/", List.of("{\"k\":\"x\"}", "{\"k\":\"x\",\"z\":0}")),
                Map.entry("d/y/", List.of("{\"k\":\"y\"}")));
    }

    @Test
    void partitions_beyond_the_active_limit_go_to_the_error_output() throws Exception {
        create("parted", "n/!{partitionKeyFromQuery:n}/", query("{n: .n}"));
        List<String> records = new ArrayList<>();
        for (int i = 0; i <= 500; i++) {
            records.add("{\"n\":" + i + "}");
        }
        FirehoseClients.putAll(firehose, "parted", records.subList(0, 500));
        FirehoseClients.putAll(firehose, "parted", records.subList(500, 501));
        harness.firehose().flush("parted");

        assertThat(byPrefix("parted")).hasSize(500).doesNotContainKey("n/500/");
        assertThat(errors("partitioning-failed")).singleElement()
                .satisfies(d -> assertThat(d.path("errorCode").asText())
                        .isEqualTo("DynamicPartitioning.ActivePartitionsLimitExceeded"));

        FirehoseClients.putAll(firehose, "parted", records.subList(500, 501));
        harness.firehose().flush("parted");
        assertThat(byPrefix("parted")).as("delivered partitions are no longer active").containsKey("n/500/");
    }

    @Test
    void s3_failures_are_retried_for_the_retry_options_duration_then_given_up() {
        FirehoseClients.createS3Stream(firehose, "parted", "missing-bucket", 64, 60, s -> s
                .prefix("p/!{partitionKeyFromQuery:k}/").errorOutputPrefix("e/!{firehose:error-output-type}/")
                .dynamicPartitioningConfiguration(d -> d.enabled(true).retryOptions(r -> r.durationInSeconds(10)))
                .processingConfiguration(query("{k: .k}")));
        FirehoseClients.putAll(firehose, "parted", List.of("{\"k\":\"a\"}"));
        harness.firehose().flush("parted");
        harness.clock().advance(Duration.ofMinutes(10));

        List<FirehoseDelivery> attempts = harness.firehose().deliveries("parted");
        assertThat(attempts).allSatisfy(d -> assertThat(d.errorCode()).isEqualTo("S3.NoSuchBucket"));
        // The first attempt, then retries 1, 2 and 4 s apart (±15 %) end by 8.05 s; the next would pass 10 s.
        assertThat(attempts).hasSize(4);
        assertThat(attempts.get(attempts.size() - 1).time()).isBeforeOrEqualTo(START.plusSeconds(10));
    }

    @Test
    void configuration_rules_with_aws_messages() {
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "small", "sink", 5, 60, s -> s
                .prefix("p/!{partitionKeyFromQuery:k}/").errorOutputPrefix("e/!{firehose:error-output-type}/")
                .dynamicPartitioningConfiguration(d -> d.enabled(true)).processingConfiguration(query("{k: .k}"))))
                .isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith(
                        "BufferingHints.SizeInMBs must be at least 64 when Dynamic Partitioning is enabled.");
        assertThatThrownBy(() -> create("extra", "p/!{partitionKeyFromQuery:k}/", query("{k: .k, other: .o}")))
                .hasMessageStartingWith("MetaDataExtraction JQ Query can't contain keys that are not present in the "
                        + "S3 Prefix expression");
        assertThatThrownBy(() -> create("noquery", "p/!{partitionKeyFromQuery:k}/",
                enabled(processor("AppendDelimiterToRecord"))))
                .hasMessageStartingWith("MetadataExtraction processor should be present when S3 Prefix has "
                        + "partitionKeyFromQuery namespace");
        assertThatThrownBy(() -> create("nolambda", "p/!{partitionKeyFromLambda:k}/", query("{}")))
                .hasMessageStartingWith("Lambda should be present when S3 Prefix contains keys from "
                        + "partitionKeyFromLambda namespace");
        assertThatThrownBy(() -> create("badjq", "p/!{partitionKeyFromQuery:k}/", query("{k: .k | }")))
                .isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith("Invalid MetadataExtractionQuery");
    }

    @Test
    void partitioning_is_chosen_at_create_and_kept() {
        FirehoseClients.createS3Stream(firehose, "plain", "sink", 64, 60, s -> s.prefix("p/"));
        harness.clock().advance(Duration.ofSeconds(5));
        String version = firehose.describeDeliveryStream(b -> b.deliveryStreamName("plain"))
                .deliveryStreamDescription().versionId();
        assertThatThrownBy(() -> firehose.updateDestination(b -> b.deliveryStreamName("plain")
                .currentDeliveryStreamVersionId(version).destinationId("destinationId-000000000001")
                .extendedS3DestinationUpdate(u -> u.dynamicPartitioningConfiguration(d -> d.enabled(true)))))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("Dynamic Partitioning can only be enabled at the time of Firehose stream "
                        + "creation.");
    }
}
