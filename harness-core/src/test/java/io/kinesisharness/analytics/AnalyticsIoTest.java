package io.kinesisharness.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesisanalytics.KinesisAnalyticsClient;
import software.amazon.awssdk.services.kinesisanalytics.model.DiscoverInputSchemaResponse;
import software.amazon.awssdk.services.kinesisanalytics.model.InputStartingPosition;
import software.amazon.awssdk.services.kinesisanalytics.model.RecordFormatType;
import software.amazon.awssdk.services.kinesisanalytics.model.UnableToDetectSchemaException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Inputs and outputs through the v1 API and SDK clients: DiscoverInputSchema from a stream and from an S3 object,
 * starting positions (TRIM_HORIZON, LAST_STOPPED_POINT), outputs to a delivery stream and to a function with AWS's
 * Lambda output contract.
 */
class AnalyticsIoTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROLE = "arn:aws:iam::000000000000:role/kda";
    private static final String STOCKS = "arn:aws:kinesis:us-east-1:000000000000:stream/stocks";
    private static final String CODE = """
            CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (TICKER VARCHAR(4), PRICE DOUBLE);
            CREATE OR REPLACE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
              SELECT STREAM TICKER_SYMBOL, PRICE FROM "SOURCE_SQL_STREAM_001";
            """;

    private KinesisHarness harness;
    private KinesisClient kinesis;
    private KinesisAnalyticsClient kda;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(Instant.parse("2026-12-06T10:00:00Z"))
                .stream("stocks", 1).stream("out", 1).bucket("data").deliveryStream("prices", "data").start();
        URI endpoint = URI.create(harness.endpoint().toString());
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"));
        kinesis = KinesisClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create()).credentialsProvider(credentials).build();
        kda = KinesisAnalyticsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create()).credentialsProvider(credentials).build();
    }

    @AfterEach
    void stop() {
        kinesis.close();
        kda.close();
        harness.close();
    }

    private void put(String json) {
        kinesis.putRecord(b -> b.streamName("stocks").partitionKey("k").data(SdkBytes.fromUtf8String(json)));
    }

    private static String stock(String ticker, double price) {
        return "{\"TICKER_SYMBOL\":\"" + ticker + "\",\"SECTOR\":\"TECHNOLOGY\",\"PRICE\":" + price + "}";
    }

    private void create(String name, software.amazon.awssdk.services.kinesisanalytics.model.Output output) {
        kda.createApplication(b -> b.applicationName(name).applicationCode(CODE).outputs(output).inputs(i -> i
                .namePrefix("SOURCE_SQL_STREAM").kinesisStreamsInput(k -> k.resourceARN(STOCKS).roleARN(ROLE))
                .inputSchema(s -> s.recordFormat(f -> f.recordFormatType(RecordFormatType.JSON)
                                .mappingParameters(m -> m.jsonMappingParameters(j -> j.recordRowPath("$"))))
                        .recordEncoding("UTF-8")
                        .recordColumns(c -> c.name("TICKER_SYMBOL").mapping("$.TICKER_SYMBOL").sqlType("VARCHAR(4)"),
                                c -> c.name("PRICE").mapping("$.PRICE").sqlType("DOUBLE")))));
    }

    private void start(String name, InputStartingPosition position) {
        kda.startApplication(b -> b.applicationName(name).inputConfigurations(c -> c.id("1.1")
                .inputStartingPositionConfiguration(p -> p.inputStartingPosition(position))));
    }

    @Test
    void discover_input_schema_infers_columns_from_a_streams_records_and_from_an_s3_object() {
        put(stock("AMZN", 100.5));
        put(stock("MSFT", 300));
        put(stock("IBM", 12.25));
        DiscoverInputSchemaResponse fromStream = kda.discoverInputSchema(b -> b.resourceARN(STOCKS).roleARN(ROLE)
                .inputStartingPositionConfiguration(p -> p.inputStartingPosition(InputStartingPosition.TRIM_HORIZON)));
        assertThat(fromStream.inputSchema().recordFormat().recordFormatType()).isEqualTo(RecordFormatType.JSON);
        assertThat(fromStream.inputSchema().recordColumns()).extracting(c -> c.name() + " " + c.sqlType() + " "
                + c.mapping()).containsExactly("TICKER_SYMBOL VARCHAR(4) $.TICKER_SYMBOL",
                "SECTOR VARCHAR(16) $.SECTOR", "PRICE DOUBLE $.PRICE");
        assertThat(fromStream.rawInputRecords()).hasSize(3);
        assertThat(fromStream.parsedInputRecords().get(0)).containsExactly("AMZN", "TECHNOLOGY", "100.5");

        try (S3Client s3 = S3Client.builder().endpointOverride(URI.create(harness.endpoint().toString()))
                .region(Region.US_EAST_1).forcePathStyle(true).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build()) {
            s3.putObject(b -> b.bucket("data").key("sample.csv"), software.amazon.awssdk.core.sync.RequestBody
                    .fromString("1,alpha,true\n22,beta,false\n"));
        }
        DiscoverInputSchemaResponse fromS3 = kda.discoverInputSchema(b -> b.s3Configuration(s -> s.roleARN(ROLE)
                .bucketARN("arn:aws:s3:::data").fileKey("sample.csv")));
        assertThat(fromS3.inputSchema().recordFormat().recordFormatType()).isEqualTo(RecordFormatType.CSV);
        assertThat(fromS3.inputSchema().recordColumns()).extracting(c -> c.name() + " " + c.sqlType())
                .containsExactly("COL1 INTEGER", "COL2 VARCHAR(8)", "COL3 BOOLEAN");

        assertThatThrownBy(() -> kda.discoverInputSchema(b -> b.resourceARN(STOCKS).roleARN(ROLE)
                .inputStartingPositionConfiguration(p -> p.inputStartingPosition(InputStartingPosition.NOW))))
                .isInstanceOf(UnableToDetectSchemaException.class);
    }

    @Test
    void a_row_path_slice_makes_rows_of_array_elements_and_mappings_reach_into_each_row() {
        String code = """
                CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (SYM VARCHAR(4), LAST_TAG VARCHAR(8));
                CREATE OR REPLACE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM SYM, LAST_TAG FROM "SOURCE_SQL_STREAM_001";
                """;
        kda.createApplication(b -> b.applicationName("rows").applicationCode(code)
                .outputs(o -> o.name("DESTINATION_SQL_STREAM").kinesisStreamsOutput(k -> k
                        .resourceARN("arn:aws:kinesis:us-east-1:000000000000:stream/out").roleARN(ROLE))
                        .destinationSchema(d -> d.recordFormatType(RecordFormatType.JSON)))
                .inputs(i -> i.namePrefix("SOURCE_SQL_STREAM").kinesisStreamsInput(k -> k.resourceARN(STOCKS)
                        .roleARN(ROLE)).inputSchema(sc -> sc.recordFormat(f -> f.recordFormatType(RecordFormatType.JSON)
                                .mappingParameters(m -> m.jsonMappingParameters(j -> j.recordRowPath("$.trades[1:]"))))
                        .recordColumns(c -> c.name("SYM").mapping("$.trades[1:].sym").sqlType("VARCHAR(4)"),
                                c -> c.name("LAST_TAG").mapping("$.trades[1:].tags[-1]").sqlType("VARCHAR(8)")))));
        start("rows", InputStartingPosition.NOW);
        put("{\"trades\":[{\"sym\":\"SKIP\",\"tags\":[\"x\"]},{\"sym\":\"AMZN\",\"tags\":[\"a\",\"late\"]},"
                + "{\"sym\":\"MSFT\",\"tags\":[\"only\"]}]}");
        harness.clock().advance(Duration.ofSeconds(1));

        String shard = kinesis.listShards(b -> b.streamName("out")).shards().get(0).shardId();
        String iterator = kinesis.getShardIterator(b -> b.streamName("out").shardId(shard)
                .shardIteratorType("TRIM_HORIZON")).shardIterator();
        assertThat(kinesis.getRecords(b -> b.shardIterator(iterator)).records())
                .extracting(r -> r.data().asUtf8String())
                .containsExactly("{\"SYM\":\"AMZN\",\"LAST_TAG\":\"late\"}",
                        "{\"SYM\":\"MSFT\",\"LAST_TAG\":\"only\"}");

        assertThatThrownBy(() -> kda.createApplication(b -> b.applicationName("descent").inputs(i -> i
                .namePrefix("SOURCE_SQL_STREAM").kinesisStreamsInput(k -> k.resourceARN(STOCKS).roleARN(ROLE))
                .inputSchema(sc -> sc.recordFormat(f -> f.recordFormatType(RecordFormatType.JSON)
                                .mappingParameters(m -> m.jsonMappingParameters(j -> j.recordRowPath("$..trades"))))
                        .recordColumns(c -> c.name("SYM").mapping("$..trades.sym").sqlType("VARCHAR(4)"))))))
                .hasMessageContaining("recursive descent");
    }

    @Test
    void trim_horizon_reads_what_was_there_and_last_stopped_point_resumes_where_the_run_stopped() {
        create("app", software.amazon.awssdk.services.kinesisanalytics.model.Output.builder()
                .name("DESTINATION_SQL_STREAM").kinesisFirehoseOutput(f -> f
                        .resourceARN("arn:aws:firehose:us-east-1:000000000000:deliverystream/prices").roleARN(ROLE))
                .destinationSchema(d -> d.recordFormatType(RecordFormatType.CSV)).build());
        put(stock("OLD", 1));
        start("app", InputStartingPosition.TRIM_HORIZON);
        harness.clock().advance(Duration.ofSeconds(1));
        kda.stopApplication(b -> b.applicationName("app"));
        put(stock("MISS", 2));
        start("app", InputStartingPosition.LAST_STOPPED_POINT);
        harness.clock().advance(Duration.ofSeconds(1));
        kda.stopApplication(b -> b.applicationName("app"));
        put(stock("GONE", 3));
        start("app", InputStartingPosition.NOW);
        put(stock("NEW", 4));
        harness.clock().advance(Duration.ofSeconds(1));
        harness.firehose().flush("prices");
        assertThat(harness.firehose().deliveredRecords("prices")).containsExactly("OLD,1.0", "MISS,2.0", "NEW,4.0");
    }

    @Test
    void a_function_output_gets_awss_lambda_output_events_and_failed_records_are_sent_again_on_the_clock() {
        List<JsonNode> events = new ArrayList<>();
        boolean[] fail = {true};
        harness.lambda().register("arn:aws:lambda:us-east-1:000000000000:function:sink", event -> {
            JsonNode e = read(event);
            events.add(e);
            StringBuilder sb = new StringBuilder("{\"records\":[");
            for (int i = 0; i < e.get("records").size(); i++) {
                JsonNode r = e.get("records").get(i);
                sb.append(i > 0 ? "," : "").append("{\"recordId\":\"").append(r.get("recordId").asText())
                        .append("\",\"result\":\"").append(fail[0] && i == 0 ? "DeliveryFailed" : "Ok").append("\"}");
            }
            fail[0] = false;
            return sb.append("]}").toString();
        });
        create("fn", software.amazon.awssdk.services.kinesisanalytics.model.Output.builder()
                .name("DESTINATION_SQL_STREAM").lambdaOutput(l -> l
                        .resourceARN("arn:aws:lambda:us-east-1:000000000000:function:sink").roleARN(ROLE))
                .destinationSchema(d -> d.recordFormatType(RecordFormatType.JSON)).build());
        start("fn", InputStartingPosition.NOW);
        put(stock("A", 1));
        put(stock("B", 2));
        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(events).hasSize(1);
        JsonNode first = events.get(0);
        assertThat(first.get("applicationArn").asText())
                .isEqualTo("arn:aws:kinesisanalytics:us-east-1:000000000000:application/fn");
        assertThat(first.get("records")).hasSize(2);
        assertThat(decoded(first.get("records").get(0))).isEqualTo("{\"TICKER\":\"A\",\"PRICE\":1.0}");
        assertThat(first.at("/records/0/lambdaDeliveryRecordMetadata/retryHint").asInt()).isZero();
        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(events).hasSize(2);
        assertThat(events.get(1).get("records")).hasSize(1);
        assertThat(decoded(events.get(1).get("records").get(0))).isEqualTo("{\"TICKER\":\"A\",\"PRICE\":1.0}");
        assertThat(events.get(1).at("/records/0/lambdaDeliveryRecordMetadata/retryHint").asInt()).isEqualTo(1);
    }

    @Test
    void a_preprocessing_function_transforms_drops_and_fails_records_before_they_are_mapped() {
        int[] calls = {0};
        harness.lambda().registerTransformer("arn:aws:lambda:us-east-1:000000000000:function:pre", in -> {
            calls[0]++;
            if (calls[0] == 1) {
                throw new IllegalStateException("cold start");
            }
            String text = in.text();
            if (text.contains("DROP")) {
                return io.kinesisharness.lambda.TransformResult.dropped();
            }
            if (text.contains("BAD")) {
                return io.kinesisharness.lambda.TransformResult.processingFailed(in.data());
            }
            // The function may turn one record into several documents.
            return io.kinesisharness.lambda.TransformResult.ok((text + text.replace("\"A\"", "\"A2\""))
                    .getBytes(StandardCharsets.UTF_8));
        });
        create("pre", software.amazon.awssdk.services.kinesisanalytics.model.Output.builder()
                .name("DESTINATION_SQL_STREAM").kinesisFirehoseOutput(f -> f
                        .resourceARN("arn:aws:firehose:us-east-1:000000000000:deliverystream/prices").roleARN(ROLE))
                .destinationSchema(d -> d.recordFormatType(RecordFormatType.CSV)).build());
        kda.addApplicationInputProcessingConfiguration(b -> b.applicationName("pre").currentApplicationVersionId(1L)
                .inputId("1.1").inputProcessingConfiguration(p -> p.inputLambdaProcessor(l -> l
                        .resourceARN("arn:aws:lambda:us-east-1:000000000000:function:pre").roleARN(ROLE))));
        // The error stream to a Kinesis stream, as an application's second output.
        kda.addApplicationOutput(b -> b.applicationName("pre").currentApplicationVersionId(2L).output(o -> o
                .name("error_stream").kinesisStreamsOutput(k -> k
                        .resourceARN("arn:aws:kinesis:us-east-1:000000000000:stream/out").roleARN(ROLE))
                .destinationSchema(d -> d.recordFormatType(RecordFormatType.JSON))));
        start("pre", InputStartingPosition.NOW);
        put(stock("A", 1));
        put(stock("DROP", 2));
        put(stock("BAD", 3));
        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(calls[0]).as("the first invocation failed; nothing entered").isEqualTo(1);
        harness.clock().advance(Duration.ofSeconds(1));
        harness.firehose().flush("prices");
        assertThat(harness.firehose().deliveredRecords("prices")).containsExactly("A,1.0", "A2,1.0");
        String iterator = kinesis.getShardIterator(b -> b.streamName("out").shardId("shardId-000000000000")
                .shardIteratorType("TRIM_HORIZON")).shardIterator();
        assertThat(kinesis.getRecords(b -> b.shardIterator(iterator)).records())
                .as("the failed record reaches error_stream's destination; the dropped one does not")
                .extracting(r -> read(r.data().asUtf8String()).get("ERROR_NAME").asText())
                .containsExactly("Lambda_ProcessingFailed");
        JsonNode invocation = read(harness.lambda().invocations("arn:aws:lambda:us-east-1:000000000000:function:pre")
                .get(1).event());
        assertThat(invocation.get("streamArn").asText()).isEqualTo(STOCKS);
        assertThat(invocation.at("/records/0/kinesisStreamRecordMetadata/shardId").asText())
                .isEqualTo("shardId-000000000000");
    }

    @Test
    void a_delivery_stream_as_input_hands_the_application_what_it_takes() {
        kda.createApplication(b -> b.applicationName("fh").applicationCode(CODE)
                .outputs(o -> o.name("DESTINATION_SQL_STREAM").kinesisStreamsOutput(k -> k
                                .resourceARN("arn:aws:kinesis:us-east-1:000000000000:stream/out").roleARN(ROLE))
                        .destinationSchema(d -> d.recordFormatType(RecordFormatType.CSV)))
                .inputs(i -> i.namePrefix("SOURCE_SQL_STREAM").kinesisFirehoseInput(k -> k
                                .resourceARN("arn:aws:firehose:us-east-1:000000000000:deliverystream/prices")
                                .roleARN(ROLE))
                        .inputSchema(s -> s.recordFormat(f -> f.recordFormatType(RecordFormatType.JSON)
                                        .mappingParameters(m -> m.jsonMappingParameters(j -> j.recordRowPath("$"))))
                                .recordEncoding("UTF-8")
                                .recordColumns(c -> c.name("TICKER_SYMBOL").mapping("$.TICKER_SYMBOL")
                                        .sqlType("VARCHAR(4)"), c -> c.name("PRICE").mapping("$.PRICE")
                                        .sqlType("DOUBLE")))));
        assertThatThrownBy(() -> start("fh", InputStartingPosition.TRIM_HORIZON))
                .isInstanceOf(software.amazon.awssdk.services.kinesisanalytics.model.InvalidArgumentException.class);
        start("fh", InputStartingPosition.NOW);
        try (var firehose = software.amazon.awssdk.services.firehose.FirehoseClient.builder()
                .endpointOverride(URI.create(harness.endpoint().toString())).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build()) {
            firehose.putRecordBatch(b -> b.deliveryStreamName("prices").records(
                    r -> r.data(SdkBytes.fromUtf8String(stock("AMZN", 7))),
                    r -> r.data(SdkBytes.fromUtf8String(stock("MSFT", 8)))));
        }
        harness.clock().advance(Duration.ofSeconds(1));
        String iterator = kinesis.getShardIterator(b -> b.streamName("out").shardId("shardId-000000000000")
                .shardIteratorType("TRIM_HORIZON")).shardIterator();
        assertThat(kinesis.getRecords(b -> b.shardIterator(iterator)).records())
                .extracting(r -> r.data().asUtf8String()).containsExactly("AMZN,7.0", "MSFT,8.0");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decoded(JsonNode record) {
        return new String(Base64.getDecoder().decode(record.get("data").asText()), StandardCharsets.UTF_8);
    }
}
