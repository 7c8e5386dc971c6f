package io.kinesisharness.firehose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.settings.FirehoseSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.ConcurrentModificationException;
import software.amazon.awssdk.services.firehose.model.DeliveryStreamDescription;
import software.amazon.awssdk.services.firehose.model.DestinationDescription;
import software.amazon.awssdk.services.firehose.model.ExtendedS3DestinationDescription;
import software.amazon.awssdk.services.firehose.model.FirehoseException;
import software.amazon.awssdk.services.firehose.model.HttpEndpointDestinationDescription;
import software.amazon.awssdk.services.firehose.model.InvalidArgumentException;
import software.amazon.awssdk.services.firehose.model.LimitExceededException;
import software.amazon.awssdk.services.firehose.model.ListDeliveryStreamsResponse;
import software.amazon.awssdk.services.firehose.model.ListTagsForDeliveryStreamResponse;
import software.amazon.awssdk.services.firehose.model.Record;
import software.amazon.awssdk.services.firehose.model.ResourceInUseException;
import software.amazon.awssdk.services.firehose.model.ResourceNotFoundException;
import software.amazon.awssdk.services.firehose.model.Tag;

/** Firehose's control plane through the SDK v2 client: descriptions as AWS shapes them, lifecycle, tags, updates. */
class FirehoseApiTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private static final String ACCOUNT = "000000000000";

    private KinesisHarness harness;
    private FirehoseClient firehose;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).bucket("bkt")
                .setting(FirehoseSettings.CREATE_DELIVERY_STREAM_DELAY, Duration.ofSeconds(5))
                .setting(FirehoseSettings.DELIVERY_STREAM_ENCRYPTION_DELAY, Duration.ofSeconds(3)).start();
        firehose = FirehoseClients.firehose(harness);
    }

    @AfterEach
    void stop() {
        firehose.close();
        harness.close();
    }

    @Test
    void a_new_s3_stream_is_creating_then_active_and_described_with_aws_defaults_and_its_s3_twin() {
        String arn = firehose.createDeliveryStream(b -> b.deliveryStreamName("orders")
                .extendedS3DestinationConfiguration(s -> s.bucketARN("arn:aws:s3:::bkt").roleARN(FirehoseClients.ROLE)
                        .prefix("p/").errorOutputPrefix("e/"))).deliveryStreamARN();
        assertThat(arn).isEqualTo("arn:aws:firehose:us-east-1:" + ACCOUNT + ":deliverystream/orders");
        assertThat(describe("orders").deliveryStreamStatusAsString()).isEqualTo("CREATING");

        harness.clock().advance(Duration.ofSeconds(5));
        DeliveryStreamDescription d = describe("orders");
        assertThat(d.deliveryStreamStatusAsString()).isEqualTo("ACTIVE");
        assertThat(d.deliveryStreamTypeAsString()).isEqualTo("DirectPut");
        assertThat(d.versionId()).isEqualTo("1");
        assertThat(d.createTimestamp()).isEqualTo(START);
        assertThat(d.lastUpdateTimestamp()).isNull();
        assertThat(d.source()).isNull();
        assertThat(d.deliveryStreamEncryptionConfiguration().statusAsString()).isEqualTo("DISABLED");
        assertThat(d.deliveryStreamEncryptionConfiguration().keyTypeAsString()).isNull();
        assertThat(d.hasMoreDestinations()).isFalse();
        DestinationDescription dest = d.destinations().get(0);
        assertThat(dest.destinationId()).isEqualTo("destinationId-000000000001");
        ExtendedS3DestinationDescription s3 = dest.extendedS3DestinationDescription();
        assertThat(s3.bufferingHints().sizeInMBs()).isEqualTo(5);
        assertThat(s3.bufferingHints().intervalInSeconds()).isEqualTo(300);
        assertThat(s3.compressionFormatAsString()).isEqualTo("UNCOMPRESSED");
        assertThat(s3.encryptionConfiguration().noEncryptionConfigAsString()).isEqualTo("NoEncryption");
        assertThat(s3.cloudWatchLoggingOptions().enabled()).isFalse();
        assertThat(s3.s3BackupModeAsString()).isEqualTo("Disabled");
        assertThat(s3.prefix()).isEqualTo("p/");
        assertThat(s3.processingConfiguration()).isNull();
        assertThat(dest.s3DestinationDescription().bucketARN()).isEqualTo("arn:aws:s3:::bkt");
        assertThat(dest.s3DestinationDescription().errorOutputPrefix()).isEqualTo("e/");
    }

    @Test
    void secrets_are_never_described_and_http_defaults_are_filled_in() {
        firehose.createDeliveryStream(b -> b.deliveryStreamName("hook").httpEndpointDestinationConfiguration(h -> h
                .endpointConfiguration(e -> e.url("https://example.com/in").name("in").accessKey("secret-key"))
                .s3Configuration(s -> s.bucketARN("arn:aws:s3:::bkt").roleARN(FirehoseClients.ROLE))));
        HttpEndpointDestinationDescription h = describe("hook").destinations().get(0)
                .httpEndpointDestinationDescription();
        assertThat(h.endpointConfiguration().url()).isEqualTo("https://example.com/in");
        assertThat(h.retryOptions().durationInSeconds()).isEqualTo(300);
        assertThat(h.s3BackupModeAsString()).isEqualTo("FailedDataOnly");
        assertThat(h.requestConfiguration().contentEncodingAsString()).isEqualTo("NONE");
        assertThat(h.bufferingHints().sizeInMBs()).isEqualTo(5);
        assertThat(h.s3DestinationDescription().compressionFormatAsString()).isEqualTo("UNCOMPRESSED");

        firehose.createDeliveryStream(b -> b.deliveryStreamName("snow").snowflakeDestinationConfiguration(s -> s
                .accountUrl("acct.snowflakecomputing.com").privateKey("QUJD".repeat(64)).keyPassphrase("passphrase").user("u")
                .database("d").schema("s").table("t").roleARN(FirehoseClients.ROLE)
                .s3Configuration(c -> c.bucketARN("arn:aws:s3:::bkt").roleARN(FirehoseClients.ROLE))));
        String wire = FirehoseClients.rawCall(harness, "DescribeDeliveryStream", "{\"DeliveryStreamName\":\"snow\"}");
        assertThat(wire).contains("\"AccountUrl\":\"acct.snowflakecomputing.com\"").doesNotContain("QUJD")
                .doesNotContain("passphrase").doesNotContain("PrivateKey");
        assertThat(FirehoseClients.rawCall(harness, "DescribeDeliveryStream", "{\"DeliveryStreamName\":\"hook\"}"))
                .contains("\"Url\":\"https://example.com/in\"").doesNotContain("secret-key")
                .doesNotContain("AccessKey");
        assertThat(describe("snow").destinations().get(0).snowflakeDestinationDescription().bufferingHints()
                .sizeInMBs()).isEqualTo(128);
    }

    @Test
    void exactly_one_destination_and_unique_names() {
        assertThatThrownBy(() -> firehose.createDeliveryStream(b -> b.deliveryStreamName("none")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("Exactly one destination configuration is supported for a Firehose");
        assertThatThrownBy(() -> firehose.createDeliveryStream(b -> b.deliveryStreamName("two")
                .extendedS3DestinationConfiguration(s -> s.bucketARN("arn:aws:s3:::bkt").roleARN(FirehoseClients.ROLE))
                .s3DestinationConfiguration(s -> s.bucketARN("arn:aws:s3:::bkt").roleARN(FirehoseClients.ROLE))))
                .isInstanceOf(InvalidArgumentException.class);
        FirehoseClients.createS3Stream(firehose, "dup", "bkt", 1, 60, s -> { });
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "dup", "bkt", 1, 60, s -> { }))
                .isInstanceOf(ResourceInUseException.class)
                .hasMessageStartingWith("Firehose dup under accountId " + ACCOUNT + " already exists");
    }

    @Test
    void shape_violations_are_validation_exceptions_worded_without_the_value() {
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "big", "bkt", 200, 60, s -> { }))
                .isInstanceOf(FirehoseException.class)
                .satisfies(e -> assertThat(((FirehoseException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"))
                .hasMessageStartingWith("1 validation error detected: Value at "
                        + "'extendedS3DestinationConfiguration.bufferingHints.sizeInMBs' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 128");
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "snappy", "bkt", 1, 60,
                s -> s.compressionFormat("SNAPPY")))
                .hasMessageStartingWith("1 validation error detected: Value at "
                        + "'extendedS3DestinationConfiguration.compressionFormat' failed to satisfy constraint: Member "
                        + "must satisfy enum value set: [ZIP, HADOOP_SNAPPY, Snappy, GZIP, UNCOMPRESSED]");
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "ext", "bkt", 1, 60,
                s -> s.fileExtension("json")))
                .hasMessageContaining("Value at 'extendedS3DestinationConfiguration.fileExtension' failed to satisfy "
                        + "constraint: Member must satisfy regular expression pattern: ^(|\\.[0-9a-z!\\-_.*'()]+)$");
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "bad name!", "bkt", 1, 60, s -> { }))
                .hasMessageContaining("Value at 'deliveryStreamName' failed to satisfy constraint: Member must satisfy "
                        + "regular expression pattern: [a-zA-Z0-9_.-]+");
    }

    @Test
    void aws_prefix_rules_with_aws_messages() {
        expectPrefixError("a/!{timestamp:yyyy}/", null, "InvalidArgumentException",
                "The supplied prefix(es) do not satisfy the following constraint: ErrorOutputPrefix cannot be null or "
                        + "empty when Prefix contains expressions");
        expectPrefixError("a/!{firehose:error-output-type}/", "e/!{firehose:error-output-type}", null,
                "The supplied prefix(es) do not satisfy the following constraint: Prefix must not contain any "
                        + "occurrence of !{firehose:error-output-type}");
        expectPrefixError("a/!{timestamp:yyyy}/", "e/!{timestamp:yyyy}/", null,
                "The supplied prefix(es) do not satisfy the following constraint: ErrorOutputPrefix must contain at "
                        + "least one occurrence of !{firehose:error-output-type}");
        expectPrefixError("a/!{bogus:yyyy}/", "e/!{firehose:error-output-type}", null,
                "The supplied prefix(es) do not satisfy the following constraint: Namespace to the left of colon "
                        + "(bogus) is an invalid keyword!");
        expectPrefixError("a/!{timestamp:yyyy/bbb}/", "e/!{firehose:error-output-type}", null,
                "The supplied prefix(es) do not satisfy the following constraint: Invalid conversion character used "
                        + "in the value of the expression in Prefix");
        expectPrefixError("a/", "e/!{firehose:bogus}", null,
                "The supplied prefix(es) do not satisfy the following constraint: Invalid conversion character used "
                        + "in the value of the expression in ErrorOutputPrefix");
        expectPrefixError("my!{prefix/", "e/", null, "The supplied prefix(es) do not satisfy the following "
                + "constraint: Invalid expression usage: my!{prefix/.Must be of the form !{<namespace>:<value>}");
        expectPrefixError("!{partitionKeyFromQuery:id}/", "e/!{firehose:error-output-type}", null,
                "Dynamic Partitioning Namespaces can only be part of a prefix expression when Dynamic Partitioning is "
                        + "enabled.");
        expectPrefixError("x".repeat(500) + "/!{timestamp:yyyy/MM/dd/HH}/", "e/!{firehose:error-output-type}", null,
                "The supplied prefix(es) do not satisfy the following constraint: Length of evaluated prefix cannot "
                        + "be greater than 512");
    }

    private void expectPrefixError(String prefix, String errorPrefix, String ignored, String message) {
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "prefixed", "bkt", 1, 60,
                s -> s.prefix(prefix).errorOutputPrefix(errorPrefix)))
                .as(prefix).isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith(message);
    }

    @Test
    void features_not_run_yet_are_refused_by_name_and_aws_configuration_rules_hold() {
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "orc", "bkt", 128, 60, s -> s
                .dataFormatConversionConfiguration(c -> c.enabled(true))))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("SchemaConfiguration.DatabaseName is required when data format conversion "
                        + "is enabled.");
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "dp", "bkt", 64, 60, s -> s
                .dynamicPartitioningConfiguration(d -> d.enabled(true))))
                .hasMessageStartingWith("S3 Prefix should contain Dynamic Partitioning namespaces when Dynamic "
                        + "Partitioning is enabled");
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "tz", "bkt", 1, 60,
                s -> s.customTimeZone("EST")))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("Provided custom time zone is not supported. Custom time zones are limited to "
                        + "UTC and non-3-letter IANA time zones.");
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "backup", "bkt", 1, 60,
                s -> s.s3BackupMode("Enabled")))
                .hasMessageStartingWith("S3 backup destination configuration is required when enabling S3 backup.");
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "logs", "bkt", 1, 60,
                s -> s.cloudWatchLoggingOptions(c -> c.enabled(true))))
                .hasMessageStartingWith("CloudWatch Log Group Name is required if CloudWatch Logging is enabled");
    }

    @Test
    void put_errors_are_awss() {
        harness.clock().advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> firehose.putRecord(b -> b.deliveryStreamName("missing")
                .record(r -> r.data(SdkBytes.fromUtf8String("x")))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Firehose missing under account " + ACCOUNT + " not found.");
        FirehoseClients.createS3Stream(firehose, "s", "bkt", 1, 60, s -> { });
        assertThatThrownBy(() -> firehose.putRecord(b -> b.deliveryStreamName("s")
                .record(r -> r.data(SdkBytes.fromUtf8String("x")))))
                .as("still CREATING").isInstanceOf(ResourceNotFoundException.class);
        harness.clock().advance(Duration.ofSeconds(5));

        List<String> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add("r");
        }
        assertThatThrownBy(() -> FirehoseClients.putAll(firehose, "s", many))
                .hasMessageStartingWith("1 validation error detected: Value at 'records' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 500");
        byte[] big = new byte[1_024_001];
        assertThatThrownBy(() -> firehose.putRecordBatch(b -> b.deliveryStreamName("s").records(
                Record.builder().data(SdkBytes.fromUtf8String("ok")).build(),
                Record.builder().data(SdkBytes.fromByteArray(big)).build())))
                .hasMessageStartingWith("1 validation error detected: Value at 'records.2.member.data' failed to "
                        + "satisfy constraint: Member must have length less than or equal to 1024000");
        byte[] large = new byte[1_000_000];
        List<Record> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(Record.builder().data(SdkBytes.fromByteArray(large)).build());
        }
        assertThatThrownBy(() -> firehose.putRecordBatch(b -> b.deliveryStreamName("s").records(five)))
                .isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith("Records size exceeds 4 MB limit");
        assertThat(harness.firehose().deliveries("s")).isEmpty();
    }

    @Test
    void listing_is_alphabetical_paged_and_filtered_by_type() {
        for (String name : List.of("c", "a", "d", "b")) {
            FirehoseClients.createS3Stream(firehose, name, "bkt", 1, 60, s -> { });
        }
        ListDeliveryStreamsResponse first = firehose.listDeliveryStreams(b -> b.limit(3));
        assertThat(first.deliveryStreamNames()).containsExactly("a", "b", "c");
        assertThat(first.hasMoreDeliveryStreams()).isTrue();
        ListDeliveryStreamsResponse rest = firehose.listDeliveryStreams(b -> b.exclusiveStartDeliveryStreamName("c"));
        assertThat(rest.deliveryStreamNames()).containsExactly("d");
        assertThat(rest.hasMoreDeliveryStreams()).isFalse();
        assertThat(firehose.listDeliveryStreams(b -> b.deliveryStreamType("KinesisStreamAsSource"))
                .deliveryStreamNames()).isEmpty();
        assertThat(firehose.listDeliveryStreams(b -> b.deliveryStreamType("DirectPut")).deliveryStreamNames())
                .hasSize(4);
    }

    @Test
    void update_destination_checks_the_version_merges_and_counts_up() {
        FirehoseClients.createS3Stream(firehose, "u", "bkt", 1, 60, s -> s.prefix("old/").compressionFormat("GZIP"));
        harness.clock().advance(Duration.ofSeconds(5));
        assertThatThrownBy(() -> firehose.updateDestination(b -> b.deliveryStreamName("u")
                .currentDeliveryStreamVersionId("7").destinationId("destinationId-000000000001")
                .extendedS3DestinationUpdate(x -> x.prefix("new/"))))
                .isInstanceOf(ConcurrentModificationException.class)
                .hasMessageStartingWith("Cannot update firehose: u since the current version id: 1 and specified "
                        + "version id: 7 do not match");
        assertThatThrownBy(() -> firehose.updateDestination(b -> b.deliveryStreamName("u")
                .currentDeliveryStreamVersionId("1").destinationId("destinationId-000000000002")
                .extendedS3DestinationUpdate(x -> x.prefix("new/"))))
                .isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> firehose.updateDestination(b -> b.deliveryStreamName("u")
                .currentDeliveryStreamVersionId("1").destinationId("destinationId-000000000001")
                .amazonopensearchserviceDestinationUpdate(o -> o.indexName("i"))))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("Changing the destination type to or from Amazon OpenSearch Service is not "
                        + "supported at this time.");

        harness.clock().advance(Duration.ofSeconds(10));
        firehose.updateDestination(b -> b.deliveryStreamName("u").currentDeliveryStreamVersionId("1")
                .destinationId("destinationId-000000000001").extendedS3DestinationUpdate(x -> x.prefix("new/")));
        DeliveryStreamDescription d = describe("u");
        assertThat(d.versionId()).isEqualTo("2");
        assertThat(d.lastUpdateTimestamp()).isEqualTo(START.plusSeconds(15));
        ExtendedS3DestinationDescription s3 = d.destinations().get(0).extendedS3DestinationDescription();
        assertThat(s3.prefix()).isEqualTo("new/");
        assertThat(s3.compressionFormatAsString()).as("kept by the merge").isEqualTo("GZIP");
        assertThat(s3.bufferingHints().sizeInMBs()).isEqualTo(1);
    }

    @Test
    void tags_replace_page_and_stop_at_fifty() {
        FirehoseClients.createS3Stream(firehose, "t", "bkt", 1, 60, s -> { });
        firehose.tagDeliveryStream(b -> b.deliveryStreamName("t").tags(Tag.builder().key("k1").value("v1").build(),
                Tag.builder().key("k2").value("v2").build()));
        firehose.tagDeliveryStream(b -> b.deliveryStreamName("t").tags(Tag.builder().key("k1").value("new").build()));
        ListTagsForDeliveryStreamResponse page = firehose.listTagsForDeliveryStream(b -> b.deliveryStreamName("t")
                .limit(1));
        assertThat(page.tags()).containsExactly(Tag.builder().key("k1").value("new").build());
        assertThat(page.hasMoreTags()).isTrue();
        firehose.untagDeliveryStream(b -> b.deliveryStreamName("t").tagKeys("k2", "never-there"));
        assertThat(firehose.listTagsForDeliveryStream(b -> b.deliveryStreamName("t")).tags()).hasSize(1);
        List<Tag> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(Tag.builder().key("n" + i).value("v").build());
        }
        assertThatThrownBy(() -> firehose.tagDeliveryStream(b -> b.deliveryStreamName("t").tags(fifty)))
                .isInstanceOf(LimitExceededException.class);
    }

    @Test
    void encryption_starts_and_stops_on_the_clock_and_puts_say_so() {
        FirehoseClients.createS3Stream(firehose, "e", "bkt", 1, 60, s -> { });
        harness.clock().advance(Duration.ofSeconds(5));
        assertThatThrownBy(() -> firehose.startDeliveryStreamEncryption(b -> b.deliveryStreamName("e")
                .deliveryStreamEncryptionConfigurationInput(c -> c.keyType("CUSTOMER_MANAGED_CMK"))))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageStartingWith("KeyARN has to be specified when KeyType is CUSTOMER_MANAGED_CMK");
        firehose.startDeliveryStreamEncryption(b -> b.deliveryStreamName("e")
                .deliveryStreamEncryptionConfigurationInput(c -> c.keyType("AWS_OWNED_CMK")));
        assertThat(describe("e").deliveryStreamEncryptionConfiguration().statusAsString()).isEqualTo("ENABLING");
        assertThat(firehose.putRecord(b -> b.deliveryStreamName("e").record(r -> r.data(SdkBytes.fromUtf8String("x"))))
                .encrypted()).isFalse();
        harness.clock().advance(Duration.ofSeconds(3));
        assertThat(describe("e").deliveryStreamEncryptionConfiguration().statusAsString()).isEqualTo("ENABLED");
        assertThat(describe("e").deliveryStreamEncryptionConfiguration().keyTypeAsString()).isEqualTo("AWS_OWNED_CMK");
        assertThat(firehose.putRecord(b -> b.deliveryStreamName("e").record(r -> r.data(SdkBytes.fromUtf8String("x"))))
                .encrypted()).isTrue();
        firehose.stopDeliveryStreamEncryption(b -> b.deliveryStreamName("e"));
        assertThat(describe("e").deliveryStreamEncryptionConfiguration().statusAsString()).isEqualTo("DISABLING");
        harness.clock().advance(Duration.ofSeconds(3));
        assertThat(describe("e").deliveryStreamEncryptionConfiguration().statusAsString()).isEqualTo("DISABLED");
    }

    @Test
    void a_stream_cannot_be_deleted_while_creating_and_is_gone_after_delete() {
        FirehoseClients.createS3Stream(firehose, "d", "bkt", 1, 60, s -> { });
        assertThatThrownBy(() -> firehose.deleteDeliveryStream(b -> b.deliveryStreamName("d")))
                .isInstanceOf(ResourceInUseException.class);
        harness.clock().advance(Duration.ofSeconds(5));
        firehose.deleteDeliveryStream(b -> b.deliveryStreamName("d"));
        assertThatThrownBy(() -> describe("d")).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Firehose d under account " + ACCOUNT + " not found.");
    }

    private DeliveryStreamDescription describe(String name) {
        return firehose.describeDeliveryStream(b -> b.deliveryStreamName(name)).deliveryStreamDescription();
    }
}
