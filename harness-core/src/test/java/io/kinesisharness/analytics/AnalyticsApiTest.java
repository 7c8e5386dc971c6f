package io.kinesisharness.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CodeValidationException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ConcurrentModificationException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.Input;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.KinesisAnalyticsV2Exception;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.LimitExceededException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationsResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.Output;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RecordFormatType;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RuntimeEnvironment;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.UnsupportedOperationException;

/**
 * The v2 API's lifecycle, version checks, limits and refusals through the SDK's Kinesis Analytics V2 client (2.40.2,
 * the last the registry serves, on the project's SDK core).
 */
class AnalyticsApiTest {

    private static final String ROLE = "arn:aws:iam::000000000000:role/kda";
    private static final String CODE = """
            CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (T VARCHAR(4));
            CREATE OR REPLACE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
              SELECT STREAM TICKER FROM "SOURCE_SQL_STREAM_001";
            """;

    private KinesisHarness harness;
    private KinesisAnalyticsV2Client kda;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(Instant.parse("2026-12-06T10:00:00Z"))
                .stream("in", 1).stream("out", 1).start();
        kda = KinesisAnalyticsV2Client.builder().endpointOverride(URI.create(harness.endpoint().toString()))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build();
    }

    @AfterEach
    void stop() {
        kda.close();
        harness.close();
    }

    private static Input input() {
        return Input.builder().namePrefix("SOURCE_SQL_STREAM")
                .kinesisStreamsInput(k -> k.resourceARN("arn:aws:kinesis:us-east-1:000000000000:stream/in"))
                .inputSchema(s -> s.recordFormat(f -> f.recordFormatType(RecordFormatType.JSON)
                                .mappingParameters(m -> m.jsonMappingParameters(j -> j.recordRowPath("$"))))
                        .recordEncoding("UTF-8")
                        .recordColumns(c -> c.name("TICKER").mapping("$.ticker").sqlType("VARCHAR(4)")))
                .build();
    }

    private static Output output(String name) {
        return Output.builder().name(name)
                .kinesisStreamsOutput(k -> k.resourceARN("arn:aws:kinesis:us-east-1:000000000000:stream/out"))
                .destinationSchema(d -> d.recordFormatType(RecordFormatType.CSV)).build();
    }

    private ApplicationDetail create(String name, boolean withInput) {
        return kda.createApplication(b -> b.applicationName(name).runtimeEnvironment(RuntimeEnvironment.SQL_1_0)
                .serviceExecutionRole(ROLE).applicationConfiguration(c -> {
                    c.applicationCodeConfiguration(code -> code.codeContentType("PLAINTEXT")
                            .codeContent(t -> t.textContent(CODE)));
                    c.sqlApplicationConfiguration(sql -> {
                        if (withInput) {
                            sql.inputs(input());
                        }
                    });
                })).applicationDetail();
    }

    private ApplicationDetail describe(String name) {
        return kda.describeApplication(b -> b.applicationName(name)).applicationDetail();
    }

    @Test
    void every_change_checks_and_bumps_the_version_and_a_running_application_keeps_running() {
        ApplicationDetail created = create("app", false);
        assertThat(created.applicationVersionId()).isEqualTo(1);
        assertThat(created.applicationStatus()).isEqualTo(ApplicationStatus.READY);
        assertThat(created.runtimeEnvironment()).isEqualTo(RuntimeEnvironment.SQL_1_0);

        assertThatThrownBy(() -> kda.startApplication(b -> b.applicationName("app")))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("has no input");
        assertThatThrownBy(() -> kda.addApplicationInput(b -> b.applicationName("app").currentApplicationVersionId(7L)
                .input(input()))).isInstanceOf(ConcurrentModificationException.class);
        var added = kda.addApplicationInput(b -> b.applicationName("app").currentApplicationVersionId(1L)
                .input(input()));
        assertThat(added.applicationVersionId()).isEqualTo(2);
        assertThat(added.inputDescriptions().get(0).inAppStreamNames()).containsExactly("SOURCE_SQL_STREAM_001");

        for (int i = 0; i < 3; i++) {
            long version = describe("app").applicationVersionId();
            kda.addApplicationOutput(b -> b.applicationName("app").currentApplicationVersionId(version)
                    .output(output("DESTINATION_SQL_STREAM")
                            .toBuilder().name(version == 2 ? "DESTINATION_SQL_STREAM" : "error_stream" + version)
                            .build()));
        }
        assertThat(describe("app").applicationVersionId()).isEqualTo(5);
        assertThatThrownBy(() -> kda.addApplicationOutput(b -> b.applicationName("app")
                .currentApplicationVersionId(5L).output(output("FOURTH"))))
                .isInstanceOf(LimitExceededException.class);
        // Two of those outputs name streams the code does not create: the start says which.
        assertThatThrownBy(() -> kda.startApplication(b -> b.applicationName("app")))
                .isInstanceOf(KinesisAnalyticsV2Exception.class).hasMessageContaining("error_stream3");
        String third = describe("app").applicationConfigurationDescription().sqlApplicationConfigurationDescription()
                .outputDescriptions().get(1).outputId();
        String fourth = describe("app").applicationConfigurationDescription().sqlApplicationConfigurationDescription()
                .outputDescriptions().get(2).outputId();
        kda.deleteApplicationOutput(b -> b.applicationName("app").currentApplicationVersionId(5L).outputId(third));
        kda.deleteApplicationOutput(b -> b.applicationName("app").currentApplicationVersionId(6L).outputId(fourth));

        String operation = kda.startApplication(b -> b.applicationName("app")).operationId();
        assertThat(operation).isNotEmpty();
        assertThat(describe("app").applicationStatus()).isEqualTo(ApplicationStatus.RUNNING);
        assertThatThrownBy(() -> kda.startApplication(b -> b.applicationName("app")))
                .isInstanceOf(ResourceInUseException.class).hasMessageContaining("RUNNING");

        kda.updateApplication(b -> b.applicationName("app").currentApplicationVersionId(7L)
                .applicationConfigurationUpdate(u -> u.applicationCodeConfigurationUpdate(c -> c.codeContentUpdate(
                        t -> t.textContentUpdate(CODE.replace("T VARCHAR(4)", "T VARCHAR(8)"))))));
        ApplicationDetail updated = describe("app");
        assertThat(updated.applicationVersionId()).isEqualTo(8);
        assertThat(updated.applicationStatus()).isEqualTo(ApplicationStatus.RUNNING);
        assertThat(updated.applicationConfigurationDescription().applicationCodeConfigurationDescription()
                .codeContentDescription().textContent()).contains("VARCHAR(8)");

        kda.stopApplication(b -> b.applicationName("app"));
        assertThat(describe("app").applicationStatus()).isEqualTo(ApplicationStatus.READY);
        assertThatThrownBy(() -> kda.deleteApplication(b -> b.applicationName("app")
                .createTimestamp(Instant.parse("2020-01-01T00:00:00Z")))).isInstanceOf(InvalidArgumentException.class);
        kda.deleteApplication(b -> b.applicationName("app").createTimestamp(updated.createTimestamp()));
        assertThatThrownBy(() -> describe("app")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void a_name_in_use_a_bad_name_and_sql_errors_are_refused_as_aws_refuses_them() {
        create("app", true);
        assertThatThrownBy(() -> create("app", true)).isInstanceOf(ResourceInUseException.class);
        assertThatThrownBy(() -> create("bad name!", true)).isInstanceOf(KinesisAnalyticsV2Exception.class)
                .hasMessageContaining("Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        assertThatThrownBy(() -> kda.createApplication(b -> b.applicationName("syntax")
                .runtimeEnvironment(RuntimeEnvironment.SQL_1_0).serviceExecutionRole(ROLE)
                .applicationConfiguration(c -> c.applicationCodeConfiguration(code -> code.codeContentType("PLAINTEXT")
                        .codeContent(t -> t.textContent("CREATE OR REPLACE STREAM \"S\" (A INTEGER"))))))
                .isInstanceOf(CodeValidationException.class);
        assertThatThrownBy(() -> kda.createApplication(b -> b.applicationName("array")
                .runtimeEnvironment(RuntimeEnvironment.SQL_1_0).serviceExecutionRole(ROLE)
                .applicationConfiguration(c -> c.applicationCodeConfiguration(code -> code.codeContentType("PLAINTEXT")
                        .codeContent(t -> t.textContent("CREATE OR REPLACE STREAM \"S\" (A INTEGER ARRAY);"))))))
                .isInstanceOf(CodeValidationException.class)
                .hasMessageContaining("SQL error at line 1, column 33: Type INTEGER ARRAY cannot be a column's type");
        // A row path outside the JSONPath subset is refused when the input is given, not when it starts.
        Input badRowPath = input().toBuilder().inputSchema(input().inputSchema().toBuilder()
                .recordFormat(f -> f.recordFormatType(RecordFormatType.JSON)
                        .mappingParameters(m -> m.jsonMappingParameters(j -> j.recordRowPath("$..rows")))).build())
                .build();
        create("no-input", false);
        assertThatThrownBy(() -> kda.addApplicationInput(b -> b.applicationName("no-input")
                .currentApplicationVersionId(1L).input(badRowPath))).isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("Invalid RecordRowPath: Empty member name (or recursive descent");
        // A column the input does not have is found when the application starts, with its position.
        kda.updateApplication(b -> b.applicationName("app").currentApplicationVersionId(1L)
                .applicationConfigurationUpdate(u -> u.applicationCodeConfigurationUpdate(c -> c.codeContentUpdate(
                        t -> t.textContentUpdate(CODE.replace("SELECT STREAM TICKER", "SELECT STREAM PRICE"))))));
        assertThatThrownBy(() -> kda.startApplication(b -> b.applicationName("app")))
                .isInstanceOf(CodeValidationException.class)
                .hasMessageContaining("SQL error at line 3, column 17: Column 'PRICE' not found in any table");
        assertThat(describe("app").applicationStatus()).isEqualTo(ApplicationStatus.READY);
    }

    @Test
    void an_update_a_running_application_cannot_run_is_refused_and_the_old_code_runs_on() {
        create("app", true);
        kda.addApplicationOutput(b -> b.applicationName("app").currentApplicationVersionId(1L)
                .output(output("DESTINATION_SQL_STREAM")));
        kda.startApplication(b -> b.applicationName("app"));
        try (var kinesis = software.amazon.awssdk.services.kinesis.KinesisClient.builder()
                .endpointOverride(URI.create(harness.endpoint().toString())).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build()) {
            java.util.function.Consumer<String> put = t -> kinesis.putRecord(b -> b.streamName("in").partitionKey("k")
                    .data(software.amazon.awssdk.core.SdkBytes.fromUtf8String("{\"ticker\":\"" + t + "\"}")));
            put.accept("A");
            harness.clock().advance(java.time.Duration.ofSeconds(1));

            assertThatThrownBy(() -> kda.updateApplication(b -> b.applicationName("app")
                    .currentApplicationVersionId(2L).applicationConfigurationUpdate(u -> u
                            .applicationCodeConfigurationUpdate(c -> c.codeContentUpdate(t -> t.textContentUpdate(
                                    CODE.replace("SELECT STREAM TICKER", "SELECT STREAM PRICE")))))))
                    .isInstanceOf(CodeValidationException.class).hasMessageContaining("Column 'PRICE' not found");
            ApplicationDetail after = describe("app");
            assertThat(after.applicationVersionId()).isEqualTo(2);
            assertThat(after.applicationStatus()).isEqualTo(ApplicationStatus.RUNNING);
            assertThat(after.applicationConfigurationDescription().applicationCodeConfigurationDescription()
                    .codeContentDescription().textContent()).isEqualTo(CODE);
            put.accept("B");
            harness.clock().advance(java.time.Duration.ofSeconds(1));

            // An update it can run takes over from the next read, nothing lost or read twice.
            kda.updateApplication(b -> b.applicationName("app").currentApplicationVersionId(2L)
                    .applicationConfigurationUpdate(u -> u.applicationCodeConfigurationUpdate(c -> c.codeContentUpdate(
                            t -> t.textContentUpdate(CODE.replace("SELECT STREAM TICKER",
                                    "SELECT STREAM LOWER(TICKER)"))))));
            put.accept("C");
            harness.clock().advance(java.time.Duration.ofSeconds(1));

            String iterator = kinesis.getShardIterator(b -> b.streamName("out").shardId("shardId-000000000000")
                    .shardIteratorType("TRIM_HORIZON")).shardIterator();
            assertThat(kinesis.getRecords(b -> b.shardIterator(iterator)).records())
                    .extracting(r -> r.data().asUtf8String()).containsExactly("A", "B", "c");
        }
    }

    @Test
    void input_parallelism_spreads_the_shards_over_several_in_application_streams() {
        try (KinesisHarness wide = KinesisHarness.builder().clock(ClockMode.MANUAL).stream("wide", 4)
                .stream("merged", 1).start();
                KinesisAnalyticsV2Client client = KinesisAnalyticsV2Client.builder()
                        .endpointOverride(URI.create(wide.endpoint().toString())).region(Region.US_EAST_1)
                        .httpClient(UrlConnectionHttpClient.create()).credentialsProvider(StaticCredentialsProvider
                                .create(AwsBasicCredentials.create("a", "b"))).build();
                var kinesis = software.amazon.awssdk.services.kinesis.KinesisClient.builder()
                        .endpointOverride(URI.create(wide.endpoint().toString())).region(Region.US_EAST_1)
                        .httpClient(UrlConnectionHttpClient.create()).credentialsProvider(StaticCredentialsProvider
                                .create(AwsBasicCredentials.create("a", "b"))).build()) {
            Input twoStreams = input().toBuilder().inputParallelism(p -> p.count(2))
                    .kinesisStreamsInput(k -> k.resourceARN("arn:aws:kinesis:us-east-1:000000000000:stream/wide"))
                    .build();
            client.createApplication(b -> b.applicationName("par").runtimeEnvironment(RuntimeEnvironment.SQL_1_0)
                    .serviceExecutionRole(ROLE).applicationConfiguration(c -> c
                            .applicationCodeConfiguration(code -> code.codeContentType("PLAINTEXT")
                                    .codeContent(t -> t.textContent("""
                                            CREATE STREAM "MERGED" (TICKER VARCHAR(4), SRC VARCHAR(3));
                                            CREATE PUMP "P1" AS INSERT INTO "MERGED"
                                              SELECT STREAM TICKER, '001' FROM "SOURCE_SQL_STREAM_001";
                                            CREATE PUMP "P2" AS INSERT INTO "MERGED"
                                              SELECT STREAM TICKER, '002' FROM "SOURCE_SQL_STREAM_002";
                                            """)))
                            .sqlApplicationConfiguration(sql -> sql.inputs(twoStreams).outputs(Output.builder()
                                    .name("MERGED").destinationSchema(d -> d.recordFormatType(RecordFormatType.CSV))
                                    .kinesisStreamsOutput(k -> k.resourceARN(
                                            "arn:aws:kinesis:us-east-1:000000000000:stream/merged")).build()))));
            assertThat(client.describeApplication(b -> b.applicationName("par")).applicationDetail()
                    .applicationConfigurationDescription().sqlApplicationConfigurationDescription()
                    .inputDescriptions().get(0).inAppStreamNames())
                    .containsExactly("SOURCE_SQL_STREAM_001", "SOURCE_SQL_STREAM_002");
            client.startApplication(b -> b.applicationName("par"));
            for (int i = 0; i < 40; i++) {
                String key = "k" + i;
                kinesis.putRecord(b -> b.streamName("wide").partitionKey(key).data(software.amazon.awssdk.core
                        .SdkBytes.fromUtf8String("{\"ticker\":\"" + key + "\"}")));
            }
            wide.clock().advance(java.time.Duration.ofSeconds(1));
            String iterator = kinesis.getShardIterator(b -> b.streamName("merged").shardId("shardId-000000000000")
                    .shardIteratorType("TRIM_HORIZON")).shardIterator();
            List<String> rows = kinesis.getRecords(b -> b.shardIterator(iterator)).records().stream()
                    .map(r -> r.data().asUtf8String()).toList();
            assertThat(rows).hasSize(40);
            assertThat(rows).anyMatch(r -> r.endsWith(",001")).anyMatch(r -> r.endsWith(",002"));
        }
    }

    @Test
    void applications_are_listed_in_pages_and_tagged() {
        create("a", true);
        create("b", true);
        create("c", true);
        ListApplicationsResponse first = kda.listApplications(b -> b.limit(2));
        assertThat(first.applicationSummaries()).extracting(s -> s.applicationName()).containsExactly("a", "b");
        ListApplicationsResponse rest = kda.listApplications(b -> b.limit(2).nextToken(first.nextToken()));
        assertThat(rest.applicationSummaries()).extracting(s -> s.applicationName()).containsExactly("c");
        assertThat(rest.nextToken()).isNull();

        String arn = describe("b").applicationARN();
        kda.tagResource(b -> b.resourceARN(arn).tags(t -> t.key("team").value("data")));
        assertThat(kda.listTagsForResource(b -> b.resourceARN(arn)).tags()).extracting(t -> t.key() + "=" + t.value())
                .containsExactly("team=data");
        kda.untagResource(b -> b.resourceARN(arn).tagKeys("team"));
        assertThat(kda.listTagsForResource(b -> b.resourceARN(arn)).tags()).isEmpty();
    }

    @Test
    void state_changes_take_the_configured_time_on_the_harness_clock() {
        try (KinesisHarness slow = KinesisHarness.builder().clock(ClockMode.MANUAL).stream("in", 1)
                .setting(io.kinesisharness.settings.AnalyticsSettings.APPLICATION_TRANSITION_DELAY,
                        java.time.Duration.ofSeconds(30)).start();
                KinesisAnalyticsV2Client client = KinesisAnalyticsV2Client.builder()
                        .endpointOverride(URI.create(slow.endpoint().toString())).region(Region.US_EAST_1)
                        .httpClient(UrlConnectionHttpClient.create()).credentialsProvider(StaticCredentialsProvider
                                .create(AwsBasicCredentials.create("a", "b"))).build()) {
            client.createApplication(b -> b.applicationName("app").runtimeEnvironment(RuntimeEnvironment.SQL_1_0)
                    .serviceExecutionRole(ROLE).applicationConfiguration(c -> c
                            .applicationCodeConfiguration(code -> code.codeContentType("PLAINTEXT")
                                    .codeContent(t -> t.textContent(CODE)))
                            .sqlApplicationConfiguration(sql -> sql.inputs(input()))));
            client.startApplication(b -> b.applicationName("app"));
            java.util.function.Supplier<ApplicationStatus> status = () -> client.describeApplication(
                    b -> b.applicationName("app")).applicationDetail().applicationStatus();
            assertThat(status.get()).isEqualTo(ApplicationStatus.STARTING);
            assertThatThrownBy(() -> client.stopApplication(b -> b.applicationName("app")))
                    .isInstanceOf(ResourceInUseException.class);
            slow.clock().advance(java.time.Duration.ofSeconds(30));
            assertThat(status.get()).isEqualTo(ApplicationStatus.RUNNING);
            client.stopApplication(b -> b.applicationName("app"));
            assertThat(status.get()).isEqualTo(ApplicationStatus.STOPPING);
            slow.clock().advance(java.time.Duration.ofSeconds(30));
            assertThat(status.get()).isEqualTo(ApplicationStatus.READY);
        }
    }

    @Test
    void flink_applications_are_kept_and_described_but_never_run() {
        ApplicationDetail flink = kda.createApplication(b -> b.applicationName("flink")
                .runtimeEnvironment(RuntimeEnvironment.FLINK_1_20).serviceExecutionRole(ROLE)
                .applicationConfiguration(c -> c.environmentProperties(e -> e.propertyGroups(
                        g -> g.propertyGroupId("app").propertyMap(java.util.Map.of("k", "v"))))))
                .applicationDetail();
        assertThat(flink.runtimeEnvironment()).isEqualTo(RuntimeEnvironment.FLINK_1_20);
        assertThat(describe("flink").applicationConfigurationDescription().environmentPropertyDescriptions()
                .propertyGroupDescriptions().get(0).propertyMap()).containsEntry("k", "v");
        assertThatThrownBy(() -> kda.startApplication(b -> b.applicationName("flink")))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("FLINK-1_20");
        assertThat(kda.listApplicationVersions(b -> b.applicationName("flink")).applicationVersionSummaries())
                .extracting(v -> v.applicationVersionId()).containsExactly(1L);

        create("sql", true);
        assertThatThrownBy(() -> kda.listApplicationSnapshots(b -> b.applicationName("sql")))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("not supported for SQL");
    }
}
