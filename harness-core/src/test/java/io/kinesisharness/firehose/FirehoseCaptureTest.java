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
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The destinations that are services of their own deliver to a capture the test reads: what Firehose would send
 * (OpenSearch bulk actions with rotated indexes and ids, Splunk HEC payloads, Redshift COPY from a real intermediate
 * object, Snowflake and Iceberg rows), on their own buffering hints, with S3 backup of every record written for real.
 */
class FirehoseCaptureTest {

    private static final Instant START = Instant.parse("2026-12-06T23:30:00Z");
    private static final String ROLE = FirehoseClients.ROLE;

    private KinesisHarness harness;
    private FirehoseClient firehose;
    private S3Client s3;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).bucket("stage").start();
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
    void opensearch_gets_bulk_index_actions_with_the_rotated_index_and_all_documents_are_backed_up() {
        firehose.createDeliveryStream(b -> b.deliveryStreamName("search")
                .amazonopensearchserviceDestinationConfiguration(o -> o.roleARN(ROLE)
                        .domainARN("arn:aws:es:us-east-1:000000000000:domain/logs").indexName("events")
                        .indexRotationPeriod("OneDay").bufferingHints(h -> h.sizeInMBs(1).intervalInSeconds(60))
                        .s3BackupMode("AllDocuments").s3Configuration(s -> s.bucketARN("arn:aws:s3:::stage")
                                .roleARN(ROLE).bufferingHints(h -> h.sizeInMBs(1).intervalInSeconds(60)))));
        FirehoseClients.putAll(firehose, "search", List.of("{\"n\":1}", "{\"n\":2}"));
        harness.clock().advance(Duration.ofSeconds(59));
        assertThat(harness.firehose().deliveries("search")).isEmpty();
        harness.clock().advance(Duration.ofSeconds(1));

        FirehoseDelivery bulk = harness.firehose().deliveries("search").stream()
                .filter(d -> d.destination() == FirehoseDelivery.Destination.OPENSEARCH).findFirst().orElseThrow();
        assertThat(bulk.target()).isEqualTo("events-2026-12-06");
        String[] lines = new String(bulk.body(), StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("{\"index\":{\"_index\":\"events-2026-12-06\",\"_id\":\"");
        assertThat(lines[1]).isEqualTo("{\"n\":1}");
        assertThat(lines[3]).isEqualTo("{\"n\":2}");
        assertThat(bulk.recordsAsStrings()).containsExactly("{\"n\":1}", "{\"n\":2}");
        List<S3Object> backups = s3.listObjectsV2(b -> b.bucket("stage")).contents();
        assertThat(backups).hasSize(1);
        assertThat(s3.getObjectAsBytes(b -> b.bucket("stage").key(backups.get(0).key())).asUtf8String())
                .isEqualTo("{\"n\":1}{\"n\":2}");
    }

    @Test
    void index_rotation_follows_each_records_arrival_time() {
        firehose.createDeliveryStream(b -> b.deliveryStreamName("hourly")
                .elasticsearchDestinationConfiguration(o -> o.roleARN(ROLE)
                        .clusterEndpoint("https://search.example.com").indexName("logs").typeName("_doc")
                        .indexRotationPeriod("OneHour").bufferingHints(h -> h.sizeInMBs(1).intervalInSeconds(900))
                        .s3Configuration(s -> s.bucketARN("arn:aws:s3:::stage").roleARN(ROLE))));
        FirehoseClients.putAll(firehose, "hourly", List.of("{\"at\":\"23:30\"}"));
        harness.clock().advance(Duration.ofMinutes(31));
        FirehoseClients.putAll(firehose, "hourly", List.of("{\"at\":\"00:01\"}"));
        harness.firehose().flush("hourly");
        List<FirehoseDelivery> log = harness.firehose().deliveries("hourly");
        String body = log.stream().map(d -> new String(d.body(), StandardCharsets.UTF_8))
                .reduce("", String::concat);
        assertThat(body).contains("\"_index\":\"logs-2026-12-06-23\",\"_type\":\"_doc\"")
                .contains("\"_index\":\"logs-2026-12-07-00\"");
    }

    @Test
    void splunk_gets_the_records_bytes_at_the_event_collector_with_the_token() {
        firehose.createDeliveryStream(b -> b.deliveryStreamName("hec").splunkDestinationConfiguration(s -> s
                .hecEndpoint("https://splunk.example.com:8088").hecEndpointType("Event").hecToken("token-1")
                .s3Configuration(c -> c.bucketARN("arn:aws:s3:::stage").roleARN(ROLE))));
        FirehoseClients.putAll(firehose, "hec", List.of("{\"event\":\"a\"}", "{\"event\":\"b\"}"));
        harness.clock().advance(Duration.ofSeconds(60));
        FirehoseDelivery d = harness.firehose().deliveries("hec").get(0);
        assertThat(d.destination()).isEqualTo(FirehoseDelivery.Destination.SPLUNK);
        assertThat(d.target()).isEqualTo("https://splunk.example.com:8088/services/collector/event");
        assertThat(d.attributes()).containsEntry("Authorization", "Splunk token-1");
        assertThat(new String(d.body(), StandardCharsets.UTF_8)).isEqualTo("{\"event\":\"a\"}{\"event\":\"b\"}");
    }

    @Test
    void redshift_copies_from_an_intermediate_object_written_for_real() {
        firehose.createDeliveryStream(b -> b.deliveryStreamName("warehouse").redshiftDestinationConfiguration(r -> r
                .roleARN(ROLE).clusterJDBCURL("jdbc:redshift://c1.abc123.us-east-1.redshift.amazonaws.com:5439/dev")
                .username("loader").password("secret1")
                .copyCommand(c -> c.dataTableName("events").dataTableColumns("n").copyOptions("JSON 'auto'"))
                .s3Configuration(s -> s.bucketARN("arn:aws:s3:::stage").roleARN(ROLE).prefix("staging/")
                        .bufferingHints(h -> h.sizeInMBs(1).intervalInSeconds(60)))));
        FirehoseClients.putAll(firehose, "warehouse", List.of("{\"n\":1}"));
        harness.clock().advance(Duration.ofSeconds(60));

        List<S3Object> staged = s3.listObjectsV2(b -> b.bucket("stage")).contents();
        assertThat(staged).singleElement().extracting(S3Object::key).asString()
                .startsWith("staging/2026/12/06/23/warehouse-1-");
        FirehoseDelivery copy = harness.firehose().deliveries("warehouse").stream()
                .filter(d -> d.destination() == FirehoseDelivery.Destination.REDSHIFT).findFirst().orElseThrow();
        assertThat(new String(copy.body(), StandardCharsets.UTF_8)).isEqualTo("COPY events (n) FROM 's3://stage/"
                + staged.get(0).key() + "' CREDENTIALS 'aws_iam_role=" + ROLE + "' JSON 'auto';");
        assertThat(copy.toString()).doesNotContain("secret1");
    }

    @Test
    void snowflake_rows_follow_the_data_loading_option_and_iceberg_rows_go_to_the_table() {
        firehose.createDeliveryStream(b -> b.deliveryStreamName("flake").snowflakeDestinationConfiguration(s -> s
                .accountUrl("acct.snowflakecomputing.com").privateKey("QUJD".repeat(64)).user("u").database("db")
                .schema("public").table("events").roleARN(ROLE)
                .dataLoadingOption("VARIANT_CONTENT_AND_METADATA_MAPPING")
                .s3Configuration(c -> c.bucketARN("arn:aws:s3:::stage").roleARN(ROLE))));
        firehose.createDeliveryStream(b -> b.deliveryStreamName("lake").icebergDestinationConfiguration(i -> i
                .roleARN(ROLE).catalogConfiguration(c -> c.catalogARN("arn:aws:glue:us-east-1:000000000000:catalog"))
                .destinationTableConfigurationList(t -> t.destinationDatabaseName("db").destinationTableName("t"))
                .bufferingHints(h -> h.sizeInMBs(1).intervalInSeconds(60))
                .s3Configuration(c -> c.bucketARN("arn:aws:s3:::stage").roleARN(ROLE))));
        FirehoseClients.putAll(firehose, "flake", List.of("{\"n\":1}"));
        FirehoseClients.putAll(firehose, "lake", List.of("{\"n\":2}"));
        harness.clock().advance(Duration.ofSeconds(60));

        FirehoseDelivery rows = harness.firehose().deliveries("flake").get(0);
        assertThat(rows.target()).isEqualTo("db.public.events");
        assertThat(rows.recordsAsStrings()).containsExactly("{\"RECORD_CONTENT\":{\"n\":1},\"RECORD_METADATA\":"
                + "{\"firehoseDeliveryStreamName\":\"flake\",\"IngestionTime\":" + START.toEpochMilli() + "}}");
        FirehoseDelivery lake = harness.firehose().deliveries("lake").get(0);
        assertThat(lake.destination()).isEqualTo(FirehoseDelivery.Destination.ICEBERG);
        assertThat(lake.target()).isEqualTo("db.t");
        assertThat(lake.recordsAsStrings()).containsExactly("{\"n\":2}");
    }
}
