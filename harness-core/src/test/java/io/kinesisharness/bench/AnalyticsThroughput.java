package io.kinesisharness.bench;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.analytics.AnalyticsApplication;
import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.InAppStream;
import io.kinesisharness.internal.analytics.engine.SqlCompiler;
import io.kinesisharness.internal.analytics.sql.ApplicationCompiler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;

/**
 * Benchmark (not a test): Kinesis Data Analytics rows/s, in one run so the figures compare. End to end: records put
 * into a Kinesis stream with PutRecords (500 per call), the clock advanced so the application reads them and emits,
 * its output written to another stream; beside it the same PutRecords alone. Engine alone: rows inserted straight
 * into the compiled application's input stream. The applications: a continuous filter passing half the rows, a
 * one-minute tumbling COUNT/AVG by 100 keys, a one-minute sliding AVG by the same keys (a row out per row in; about
 * 5,000 rows per window partition at this rate), and a join to a 50-row reference table (end to end: an S3 CSV
 * object the application loads, created through the Kinesis Analytics API).
 * Run: {@code ./mvnw -q -pl harness-core exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.kinesisharness.bench.AnalyticsThroughput -Dexec.args="--records 200000"}.
 */
public final class AnalyticsThroughput {

    static final String FILTER = """
            CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (TICKER VARCHAR(8), PRICE DOUBLE);
            CREATE OR REPLACE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
              SELECT STREAM TICKER, PRICE FROM "SOURCE_SQL_STREAM_001" WHERE PRICE >= 50;
            """;
    static final String TUMBLING = """
            CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (TICKER VARCHAR(8), N INTEGER, AVG_PRICE DOUBLE);
            CREATE OR REPLACE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
              SELECT STREAM TICKER, COUNT(*), AVG(PRICE) FROM "SOURCE_SQL_STREAM_001"
              GROUP BY TICKER, STEP("SOURCE_SQL_STREAM_001".ROWTIME BY INTERVAL '60' SECOND);
            """;

    static final String SLIDING = """
            CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (TICKER VARCHAR(8), AVG_PRICE DOUBLE);
            CREATE OR REPLACE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
              SELECT STREAM TICKER, AVG(PRICE) OVER (PARTITION BY TICKER RANGE INTERVAL '1' MINUTE PRECEDING)
              FROM "SOURCE_SQL_STREAM_001";
            """;
    static final String JOIN = """
            CREATE OR REPLACE STREAM "DESTINATION_SQL_STREAM" (TICKER VARCHAR(8), COMPANY VARCHAR(32), PRICE DOUBLE);
            CREATE OR REPLACE PUMP "P" AS INSERT INTO "DESTINATION_SQL_STREAM"
              SELECT STREAM s.TICKER, c.COMPANY, s.PRICE
              FROM "SOURCE_SQL_STREAM_001" AS s LEFT JOIN "COMPANIES" AS c ON s.TICKER = c.TICKER;
            """;

    private AnalyticsThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 1 && "--records".equals(args[0]) ? Integer.parseInt(args[1]) : 200_000;
        List<List<PutRecordsRequestEntry>> batches = new ArrayList<>();
        for (int b = 0; b < total / 500; b++) {
            List<PutRecordsRequestEntry> batch = new ArrayList<>(500);
            for (int i = 0; i < 500; i++) {
                int n = b * 500 + i;
                batch.add(PutRecordsRequestEntry.builder().partitionKey("k" + n).data(SdkBytes.fromUtf8String(
                        "{\"TICKER\":\"T" + (n % 100) + "\",\"PRICE\":" + (n % 100) + ".5}")).build());
            }
            batches.add(batch);
        }
        for (int round = 0; round < 4; round++) {
            String label = round == 0 ? "warm-up " : "run " + round + " ";
            engineAlone(label + "engine alone, filter", FILTER, total);
            engineAlone(label + "engine alone, tumbling", TUMBLING, total);
            engineAlone(label + "engine alone, sliding 1-min AVG", SLIDING, total);
            engineAlone(label + "engine alone, reference join", JOIN, total);
            endToEnd(label, batches, total);
        }
    }

    private static void engineAlone(String label, String code, int total) throws Exception {
        long[] clock = {Instant.parse("2026-12-06T10:00:00Z").toEpochMilli()};
        long[] out = {0};
        List<Object[]> companies = new ArrayList<>();
        for (int i = 0; i < 100; i += 2) {
            companies.add(new Object[] {"T" + i, "Company " + i});
        }
        CompiledApplication app = ApplicationCompiler.compile(code, List.of(new SqlCompiler.InputStream(
                "SOURCE_SQL_STREAM_001", List.of("TICKER", "PRICE"), List.of("VARCHAR(8)", "DOUBLE"))),
                List.of(new SqlCompiler.ReferenceTable("COMPANIES", List.of("TICKER", "COMPANY"),
                        List.of("VARCHAR(8)", "VARCHAR(32)"), types -> companies)),
                () -> clock[0], end -> { });
        app.streams().get("DESTINATION_SQL_STREAM").subscribe((rowtime, row) -> out[0]++);
        InAppStream in = app.streams().get("SOURCE_SQL_STREAM_001");
        String[] tickers = new String[100];
        for (int i = 0; i < 100; i++) {
            tickers[i] = "T" + i;
        }
        long start = System.nanoTime();
        for (int n = 0; n < total; n++) {
            if (n % 1000 == 0) {
                clock[0] += 10;
            }
            in.insert(clock[0], new Object[] {tickers[n % 100], n % 100 + 0.5, clock[0]});
        }
        app.advance(clock[0] + 120_000);
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-44s %,10.0f rows/s (%,d rows out)%n", label, total / secs, out[0]);
    }

    private static void endToEnd(String label, List<List<PutRecordsRequestEntry>> batches, int total)
            throws Exception {
        try (KinesisHarness harness = KinesisHarness.builder().clock(ClockMode.MANUAL)
                .startTime(Instant.parse("2026-12-06T10:00:00Z")).stream("in", 4).stream("out", 4).start();
             KinesisClient kinesis = KinesisClient.builder().endpointOverride(harness.endpoint())
                     .region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(
                             AwsBasicCredentials.create("000000000000", "x")))
                     .httpClientBuilder(ApacheHttpClient.builder())
                     .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build()) {
            long start = System.nanoTime();
            put(kinesis, batches);
            double putSecs = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-44s %,10.0f records/s%n", label + "PutRecords alone", total / putSecs);
            harness.reset();
            for (String[] app : new String[][] {{"filter", FILTER}, {"tumbling", TUMBLING}, {"sliding", SLIDING}}) {
                harness.analytics().start(AnalyticsApplication.builder(app[0]).code(app[1]).input("in")
                        .column("TICKER", "VARCHAR(8)").column("PRICE", "DOUBLE")
                        .output("DESTINATION_SQL_STREAM", "out").build());
                start = System.nanoTime();
                put(kinesis, batches);
                long read = System.nanoTime();
                harness.clock().advance(Duration.ofSeconds(61));
                long end = System.nanoTime();
                int emitted = harness.analytics().received(app[0], "DESTINATION_SQL_STREAM").size();
                System.out.printf("%-44s %,10.0f records/s (%,d rows out; the application alone %,.0f rows/s)%n",
                        label + "end to end, " + app[0], total / ((end - start) / 1e9), emitted,
                        total / ((end - read) / 1e9));
                harness.analytics().stop(app[0]);
                harness.reset();
            }
            referenceJoin(label, harness, kinesis, batches, total);
        }
    }

    /** The reference join end to end: the application created with the API, its table loaded from S3. */
    private static void referenceJoin(String label, KinesisHarness harness, KinesisClient kinesis,
            List<List<PutRecordsRequestEntry>> batches, int total) {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create("000000000000", "x"));
        String role = "arn:aws:iam::000000000000:role/kda";
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 100; i += 2) {
            csv.append('T').append(i).append(",Company ").append(i).append('\n');
        }
        try (software.amazon.awssdk.services.s3.S3Client s3 = software.amazon.awssdk.services.s3.S3Client.builder()
                     .endpointOverride(harness.endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                     .credentialsProvider(credentials).httpClientBuilder(ApacheHttpClient.builder()).build();
             software.amazon.awssdk.services.kinesisanalytics.KinesisAnalyticsClient kda =
                     software.amazon.awssdk.services.kinesisanalytics.KinesisAnalyticsClient.builder()
                             .endpointOverride(harness.endpoint()).region(Region.US_EAST_1)
                             .credentialsProvider(credentials).httpClientBuilder(ApacheHttpClient.builder()).build()) {
            s3.createBucket(b -> b.bucket("reference"));
            s3.putObject(b -> b.bucket("reference").key("companies.csv"),
                    software.amazon.awssdk.core.sync.RequestBody.fromString(csv.toString()));
            String arn = "arn:aws:kinesis:us-east-1:000000000000:stream/";
            kda.createApplication(b -> b.applicationName("join").applicationCode(JOIN)
                    .inputs(i -> i.namePrefix("SOURCE_SQL_STREAM").kinesisStreamsInput(k -> k.resourceARN(arn + "in")
                            .roleARN(role)).inputSchema(schema -> schema.recordFormat(f -> f.recordFormatType("JSON")
                                    .mappingParameters(m -> m.jsonMappingParameters(j -> j.recordRowPath("$"))))
                            .recordColumns(c -> c.name("TICKER").mapping("$.TICKER").sqlType("VARCHAR(8)"),
                                    c -> c.name("PRICE").mapping("$.PRICE").sqlType("DOUBLE"))))
                    .outputs(o -> o.name("DESTINATION_SQL_STREAM").kinesisStreamsOutput(k -> k.resourceARN(arn + "out")
                            .roleARN(role)).destinationSchema(d -> d.recordFormatType("JSON"))));
            kda.addApplicationReferenceDataSource(b -> b.applicationName("join").currentApplicationVersionId(1L)
                    .referenceDataSource(r -> r.tableName("COMPANIES").s3ReferenceDataSource(s -> s
                            .bucketARN("arn:aws:s3:::reference").fileKey("companies.csv").referenceRoleARN(role))
                            .referenceSchema(schema -> schema.recordFormat(f -> f.recordFormatType("CSV")
                                    .mappingParameters(m -> m.csvMappingParameters(c -> c.recordRowDelimiter("\n")
                                            .recordColumnDelimiter(","))))
                                    .recordColumns(c -> c.name("TICKER").sqlType("VARCHAR(8)"),
                                            c -> c.name("COMPANY").sqlType("VARCHAR(32)")))));
            kda.startApplication(b -> b.applicationName("join").inputConfigurations(c -> c.id("1.1")
                    .inputStartingPositionConfiguration(p -> p.inputStartingPosition("NOW"))));
            harness.clock().advance(Duration.ofSeconds(1));
            long start = System.nanoTime();
            put(kinesis, batches);
            long read = System.nanoTime();
            harness.clock().advance(Duration.ofSeconds(61));
            long end = System.nanoTime();
            System.out.printf("%-44s %,10.0f records/s (%,d rows out; the application alone %,.0f rows/s)%n",
                    label + "end to end, reference join", total / ((end - start) / 1e9), written(kinesis, "out"),
                    total / ((end - read) / 1e9));
            kda.stopApplication(b -> b.applicationName("join"));
            harness.reset();
        }
    }

    /** How many records a stream holds, read from each shard's start. */
    private static long written(KinesisClient kinesis, String stream) {
        long count = 0;
        for (var shard : kinesis.listShards(b -> b.streamName(stream)).shards()) {
            String iterator = kinesis.getShardIterator(b -> b.streamName(stream).shardId(shard.shardId())
                    .shardIteratorType("TRIM_HORIZON")).shardIterator();
            for (int calls = 0; calls < 10_000 && iterator != null; calls++) {
                String at = iterator;
                var page = kinesis.getRecords(b -> b.shardIterator(at).limit(10_000));
                count += page.records().size();
                if (page.records().isEmpty() && page.millisBehindLatest() == 0) {
                    break;
                }
                iterator = page.nextShardIterator();
            }
        }
        return count;
    }

    private static void put(KinesisClient kinesis, List<List<PutRecordsRequestEntry>> batches) {
        for (List<PutRecordsRequestEntry> batch : batches) {
            int failed = kinesis.putRecords(b -> b.streamName("in").records(batch)).failedRecordCount();
            if (failed > 0) {
                throw new IllegalStateException(failed + " records refused");
            }
        }
    }
}
