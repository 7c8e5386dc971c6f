package io.kinesisharness.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.support.AwsCli;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * AWS's documented example applications through the AWS CLI ({@code kinesisanalytics} and
 * {@code kinesisanalyticsv2}): records put into a Kinesis stream with the SDK, the clock advanced, what the
 * application wrote read back from its destination stream.
 */
class AnalyticsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROLE = "arn:aws:iam::000000000000:role/kda";
    private static final String STOCKS = "arn:aws:kinesis:us-east-1:000000000000:stream/stocks";
    private static final String OUT = "arn:aws:kinesis:us-east-1:000000000000:stream/out";

    private KinesisHarness harness;
    private AwsCli cli;
    private KinesisClient kinesis;

    @BeforeEach
    void start() throws IOException {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(Instant.parse("2026-12-06T10:00:00Z"))
                .stream("stocks", 1).stream("out", 1).start();
        cli = AwsCli.forEndpoint(harness.endpoint());
        kinesis = KinesisClient.builder().endpointOverride(URI.create(harness.endpoint().toString()))
                .region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build();
    }

    @AfterEach
    void stop() {
        kinesis.close();
        harness.close();
    }

    /** v1 names a role per input and output; v2 has one ServiceExecutionRole for the application. */
    private static ObjectNode stockInput(boolean v1) {
        ObjectNode input = JSON.createObjectNode().put("NamePrefix", "SOURCE_SQL_STREAM");
        ObjectNode source = input.putObject("KinesisStreamsInput").put("ResourceARN", STOCKS);
        if (v1) {
            source.put("RoleARN", ROLE);
        }
        ObjectNode schema = input.putObject("InputSchema");
        schema.putObject("RecordFormat").put("RecordFormatType", "JSON").putObject("MappingParameters")
                .putObject("JSONMappingParameters").put("RecordRowPath", "$");
        schema.put("RecordEncoding", "UTF-8");
        var columns = schema.putArray("RecordColumns");
        columns.addObject().put("Name", "TICKER_SYMBOL").put("Mapping", "$.TICKER_SYMBOL").put("SqlType",
                "VARCHAR(4)");
        columns.addObject().put("Name", "SECTOR").put("Mapping", "$.SECTOR").put("SqlType", "VARCHAR(16)");
        columns.addObject().put("Name", "CHANGE").put("Mapping", "$.CHANGE").put("SqlType", "REAL");
        columns.addObject().put("Name", "PRICE").put("Mapping", "$.PRICE").put("SqlType", "REAL");
        return input;
    }

    private static ObjectNode streamOutput(boolean v1) {
        ObjectNode output = JSON.createObjectNode().put("Name", "DESTINATION_SQL_STREAM");
        ObjectNode destination = output.putObject("KinesisStreamsOutput").put("ResourceARN", OUT);
        if (v1) {
            destination.put("RoleARN", ROLE);
        }
        output.putObject("DestinationSchema").put("RecordFormatType", "JSON");
        return output;
    }

    private void putStock(String ticker, String sector, double change, double price) {
        String json = "{\"TICKER_SYMBOL\":\"" + ticker + "\",\"SECTOR\":\"" + sector + "\",\"CHANGE\":" + change
                + ",\"PRICE\":" + price + "}";
        kinesis.putRecord(b -> b.streamName("stocks").partitionKey(ticker).data(SdkBytes.fromUtf8String(json)));
    }

    private List<String> readOut() {
        String iterator = kinesis.getShardIterator(b -> b.streamName("out").shardId("shardId-000000000000")
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        GetRecordsResponse r = kinesis.getRecords(b -> b.shardIterator(iterator));
        List<String> out = new ArrayList<>();
        for (Record rec : r.records()) {
            out.add(rec.data().asString(StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void a_continuous_filter_writes_the_matching_records_to_its_destination_stream() {
        ObjectNode create = JSON.createObjectNode().put("ApplicationName", "filter");
        create.putArray("Inputs").add(stockInput(true));
        create.putArray("Outputs").add(streamOutput(true));
        create.put("ApplicationCode", """
                CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM"
                  (ticker_symbol VARCHAR(4), sector VARCHAR(12), change DOUBLE, price DOUBLE);
                CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"
                  SELECT STREAM ticker_symbol, sector, change, price
                  FROM "SOURCE_SQL_STREAM_001"
                  WHERE sector SIMILAR TO '%TECH%';
                """);
        JsonNode created = cli.json("kinesisanalytics", "create-application", "--cli-input-json", create.toString());
        assertThat(created.at("/ApplicationSummary/ApplicationARN").asText())
                .isEqualTo("arn:aws:kinesisanalytics:us-east-1:000000000000:application/filter");
        assertThat(created.at("/ApplicationSummary/ApplicationStatus").asText()).isEqualTo("READY");

        JsonNode detail = cli.json("kinesisanalytics", "describe-application", "--application-name", "filter")
                .get("ApplicationDetail");
        assertThat(detail.get("ApplicationVersionId").asLong()).isEqualTo(1);
        assertThat(detail.at("/InputDescriptions/0/InputId").asText()).isEqualTo("1.1");
        assertThat(detail.at("/InputDescriptions/0/InAppStreamNames/0").asText()).isEqualTo("SOURCE_SQL_STREAM_001");
        assertThat(detail.at("/OutputDescriptions/0/OutputId").asText()).isEqualTo("2.1");

        cli.text("kinesisanalytics", "start-application", "--application-name", "filter", "--input-configurations",
                "Id=1.1,InputStartingPositionConfiguration={InputStartingPosition=NOW}");
        assertThat(cli.json("kinesisanalytics", "describe-application", "--application-name", "filter")
                .at("/ApplicationDetail/ApplicationStatus").asText()).isEqualTo("RUNNING");

        putStock("AMZN", "TECHNOLOGY", 1.5, 100);
        putStock("XOM", "ENERGY", -1, 50);
        putStock("MSFT", "TECHNOLOGY", 0.25, 300);
        assertThat(readOut()).isEmpty();
        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(readOut()).containsExactly(
                "{\"TICKER_SYMBOL\":\"AMZN\",\"SECTOR\":\"TECHNOLOGY\",\"CHANGE\":1.5,\"PRICE\":100.0}",
                "{\"TICKER_SYMBOL\":\"MSFT\",\"SECTOR\":\"TECHNOLOGY\",\"CHANGE\":0.25,\"PRICE\":300.0}");

        cli.text("kinesisanalytics", "stop-application", "--application-name", "filter");
        assertThat(cli.json("kinesisanalytics", "describe-application", "--application-name", "filter")
                .at("/ApplicationDetail/ApplicationStatus").asText()).isEqualTo("READY");
    }

    @Test
    void a_tumbling_window_on_rowtime_emits_each_ticker_count_when_the_minute_ends() {
        ObjectNode create = JSON.createObjectNode().put("ApplicationName", "counts")
                .put("RuntimeEnvironment", "SQL-1_0").put("ServiceExecutionRole", ROLE);
        ObjectNode config = create.putObject("ApplicationConfiguration");
        ObjectNode sql = config.putObject("SqlApplicationConfiguration");
        sql.putArray("Inputs").add(stockInput(false));
        sql.putArray("Outputs").add(streamOutput(false));
        config.putObject("ApplicationCodeConfiguration").put("CodeContentType", "PLAINTEXT")
                .putObject("CodeContent").put("TextContent", """
                        CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (TICKER_SYMBOL VARCHAR(4),
                          TICKER_COUNT INTEGER);
                        CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"
                          SELECT STREAM TICKER_SYMBOL, COUNT(*) AS TICKER_COUNT
                          FROM "SOURCE_SQL_STREAM_001"
                          GROUP BY TICKER_SYMBOL, STEP("SOURCE_SQL_STREAM_001".ROWTIME BY INTERVAL '60' SECOND);
                        """);
        JsonNode created = cli.json("kinesisanalyticsv2", "create-application", "--cli-input-json",
                create.toString()).get("ApplicationDetail");
        assertThat(created.get("ApplicationStatus").asText()).isEqualTo("READY");
        assertThat(created.at("/ApplicationConfigurationDescription/ApplicationCodeConfigurationDescription"
                + "/CodeContentDescription/CodeSize").asInt()).isPositive();

        JsonNode started = cli.json("kinesisanalyticsv2", "start-application", "--application-name", "counts",
                "--run-configuration", "{\"SqlRunConfigurations\":[{\"InputId\":\"1.1\","
                        + "\"InputStartingPositionConfiguration\":{\"InputStartingPosition\":\"NOW\"}}]}");
        assertThat(started.get("OperationId").asText()).isNotEmpty();

        putStock("AMZN", "TECHNOLOGY", 0, 100);
        putStock("AMZN", "TECHNOLOGY", 0, 101);
        putStock("XOM", "ENERGY", 0, 50);
        harness.clock().advance(Duration.ofSeconds(30));
        putStock("AMZN", "TECHNOLOGY", 0, 102);
        harness.clock().advance(Duration.ofSeconds(29));
        assertThat(readOut()).as("the minute has not ended").isEmpty();
        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(readOut()).containsExactly("{\"TICKER_SYMBOL\":\"AMZN\",\"TICKER_COUNT\":3}",
                "{\"TICKER_SYMBOL\":\"XOM\",\"TICKER_COUNT\":1}");
    }

    @Test
    void the_reference_data_example_joins_each_trade_to_its_company_from_an_s3_object(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path csv = dir.resolve("TickerReference.csv");
        java.nio.file.Files.writeString(csv, "Ticker, Company\nAMZN,Amazon\nASD, SomeCompanyA\nMMB, SomeCompanyB\n"
                + "WAS,  SomeCompanyC\n");
        cli.text("s3api", "create-bucket", "--bucket", "reference-data");
        cli.text("s3api", "put-object", "--bucket", "reference-data", "--key", "TickerReference.csv", "--body",
                csv.toString());
        ObjectNode create = JSON.createObjectNode().put("ApplicationName", "enrich");
        create.putArray("Inputs").add(stockInput(true));
        ObjectNode output = streamOutput(true);
        create.putArray("Outputs").add(output);
        create.put("ApplicationCode", """
                CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (ticker_symbol VARCHAR(4), "Company" varchar(20), sector VARCHAR(12), change DOUBLE, price DOUBLE);

                CREATE OR REPLACE PUMP "STREAM_PUMP" AS INSERT INTO "DESTINATION_SQL_STREAM"
                   SELECT STREAM ticker_symbol, "c"."Company", sector, change, price
                   FROM "SOURCE_SQL_STREAM_001" LEFT JOIN "CompanyName" as "c"
                   ON "SOURCE_SQL_STREAM_001".ticker_symbol = "c"."Ticker";
                """);
        cli.json("kinesisanalytics", "create-application", "--cli-input-json", create.toString());
        // The guide's command, with this harness's bucket and role.
        cli.text("kinesisanalytics", "add-application-reference-data-source", "--application-name", "enrich",
                "--reference-data-source", "{\"TableName\":\"CompanyName\",\"S3ReferenceDataSource\":{\"BucketARN\":"
                        + "\"arn:aws:s3:::reference-data\",\"FileKey\":\"TickerReference.csv\",\"ReferenceRoleARN\":\""
                        + ROLE + "\"},\"ReferenceSchema\":{ \"RecordFormat\":{\"RecordFormatType\":\"CSV\", "
                        + "\"MappingParameters\":{\"CSVMappingParameters\":{\"RecordRowDelimiter\":\"\\n\","
                        + "\"RecordColumnDelimiter\":\",\"} }},\"RecordEncoding\":\"UTF-8\",\"RecordColumns\":["
                        + "{\"Name\":\"Ticker\",\"SqlType\":\"VARCHAR(64)\"},{ \"Name\":\"Company\","
                        + "\"SqlType\":\"VARCHAR(64)\"}]}}",
                "--current-application-version-id", "1");
        JsonNode detail = cli.json("kinesisanalytics", "describe-application", "--application-name", "enrich")
                .get("ApplicationDetail");
        assertThat(detail.at("/ReferenceDataSourceDescriptions/0/TableName").asText()).isEqualTo("CompanyName");
        assertThat(detail.get("ApplicationVersionId").asLong()).isEqualTo(2);

        cli.text("kinesisanalytics", "start-application", "--application-name", "enrich", "--input-configurations",
                "Id=1.1,InputStartingPositionConfiguration={InputStartingPosition=NOW}");
        putStock("AMZN", "TECHNOLOGY", 1.5, 100);
        putStock("XOM", "ENERGY", -1, 50);
        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(readOut()).containsExactly(
                "{\"TICKER_SYMBOL\":\"AMZN\",\"Company\":\"Amazon\",\"SECTOR\":\"TECHNOLOGY\",\"CHANGE\":1.5,"
                        + "\"PRICE\":100.0}",
                "{\"TICKER_SYMBOL\":\"XOM\",\"Company\":null,\"SECTOR\":\"ENERGY\",\"CHANGE\":-1.0,"
                        + "\"PRICE\":50.0}");

        // A new object for the table, given to the running application: the table is read again, as AWS does on
        // an update of the reference data source; rows after it join the new data.
        java.nio.file.Path v2 = dir.resolve("TickerReference-v2.csv");
        java.nio.file.Files.writeString(v2, "Ticker, Company\nXOM,Exxon\n");
        cli.text("s3api", "put-object", "--bucket", "reference-data", "--key", "TickerReference-v2.csv", "--body",
                v2.toString());
        String referenceId = detail.at("/ReferenceDataSourceDescriptions/0/ReferenceId").asText();
        long version = cli.json("kinesisanalytics", "describe-application", "--application-name", "enrich")
                .at("/ApplicationDetail/ApplicationVersionId").asLong();
        cli.text("kinesisanalytics", "update-application", "--application-name", "enrich",
                "--current-application-version-id", String.valueOf(version), "--application-update",
                "{\"ReferenceDataSourceUpdates\":[{\"ReferenceId\":\"" + referenceId + "\",\"S3ReferenceDataSourceUpdate\":"
                        + "{\"FileKeyUpdate\":\"TickerReference-v2.csv\"}}]}");
        assertThat(cli.json("kinesisanalytics", "describe-application", "--application-name", "enrich")
                .at("/ApplicationDetail/ApplicationStatus").asText()).isEqualTo("RUNNING");
        putStock("XOM", "ENERGY", 2, 51);
        putStock("AMZN", "TECHNOLOGY", 1, 101);
        harness.clock().advance(Duration.ofSeconds(1));
        assertThat(readOut()).endsWith(
                "{\"TICKER_SYMBOL\":\"XOM\",\"Company\":\"Exxon\",\"SECTOR\":\"ENERGY\",\"CHANGE\":2.0,"
                        + "\"PRICE\":51.0}",
                "{\"TICKER_SYMBOL\":\"AMZN\",\"Company\":null,\"SECTOR\":\"TECHNOLOGY\",\"CHANGE\":1.0,"
                        + "\"PRICE\":101.0}");
    }

    @Test
    void bad_sql_is_refused_with_its_line_and_column() {
        ObjectNode create = JSON.createObjectNode().put("ApplicationName", "bad");
        create.put("ApplicationCode", "CREATE OR REPLACE STREAM \"S\" (A INTEGER);\n"
                + "CREATE OR REPLACE PUMP \"P\" AS INSERT INTO \"S\" SELECT STREAM A FROM FROM X;");
        AwsCli.Result r = cli.run("kinesisanalytics", "create-application", "--cli-input-json", create.toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.stderr()).contains("CodeValidationException")
                .contains("SQL error at line 2, column 68: Incorrect syntax near the keyword 'FROM'");
    }
}
