package io.kinesisharness.firehose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.glue.GlueTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.DataFormatConversionConfiguration;
import software.amazon.awssdk.services.firehose.model.InvalidArgumentException;

/**
 * Record format conversion: JSON records into one Parquet object per batch with the schema of a table the test
 * registers, read back with parquet-java's own reader and compared value by value; records that do not convert in
 * the error output with AWS's document; the deserializers' options; and the configuration rules.
 */
class FirehoseFormatConversionTest {

    private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private KinesisHarness harness;
    private FirehoseClient firehose;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).bucket("lake").start();
        firehose = FirehoseClients.firehose(harness);
        harness.glue().registerTable(GlueTable.in("sales").named("orders").column("id", "bigint")
                .column("customer", "string").column("amount", "decimal(10,2)").column("placed", "timestamp")
                .column("day", "date").column("tags", "array<string>").column("attrs", "map<string,int>")
                .column("address", "struct<city:string,zip:string>").column("vip", "boolean")
                .column("score", "double").build());
    }

    @AfterEach
    void stop() {
        firehose.close();
        harness.close();
    }

    private void create(String name, Consumer<DataFormatConversionConfiguration.Builder> conversion) {
        FirehoseClients.createS3Stream(firehose, name, "lake", 64, 60, s -> s.prefix(name + "/")
                .errorOutputPrefix(name + "-errors/").dataFormatConversionConfiguration(c -> {
                    c.schemaConfiguration(sc -> sc.databaseName("sales").tableName("orders")
                            .roleARN(FirehoseClients.ROLE))
                            .inputFormatConfiguration(i -> i.deserializer(d -> d.openXJsonSerDe(o -> { })))
                            .outputFormatConfiguration(o -> o.serializer(se -> se.parquetSerDe(p -> { })));
                    conversion.accept(c);
                }));
    }

    private List<Group> readParquet(byte[] body) throws Exception {
        Path file = dir.resolve("object-" + System.nanoTime() + ".parquet");
        Files.write(file, body);
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.toUri());
        List<Group> rows = new ArrayList<>();
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), path).build()) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                rows.add(g);
            }
        }
        return rows;
    }

    private String schemaOf(byte[] body) throws Exception {
        Path file = dir.resolve("schema-" + System.nanoTime() + ".parquet");
        Files.write(file, body);
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(file.toUri()), new org.apache.hadoop.conf.Configuration()))) {
            return reader.getFooter().getFileMetaData().getSchema().toString()
                    + reader.getFooter().getBlocks().get(0).getColumns().get(0).getCodec();
        }
    }

    private FirehoseDelivery object(String stream) {
        return harness.firehose().deliveries(stream).stream()
                .filter(d -> d.destination() == FirehoseDelivery.Destination.S3).findFirst().orElseThrow();
    }

    @Test
    void json_records_become_one_parquet_object_with_the_tables_schema() throws Exception {
        create("orders", c -> { });
        FirehoseClients.putAll(firehose, "orders", List.of(
                "{\"id\":1,\"Customer\":\"Ada\",\"amount\":12.345,\"placed\":\"2026-12-06 09:30:15.250\","
                        + "\"day\":\"2026-12-06\",\"tags\":[\"new\",\"web\"],\"attrs\":{\"items\":3},"
                        + "\"address\":{\"City\":\"Oslo\",\"zip\":\"0150\"},\"vip\":true,\"score\":0.5}",
                "{\"id\":\"2\",\"customer\":\"Bo\",\"amount\":\"7\",\"placed\":1796549400000,\"vip\":\"false\"}"));
        harness.clock().advance(Duration.ofSeconds(59));
        assertThat(harness.firehose().deliveries("orders")).isEmpty();
        harness.clock().advance(Duration.ofSeconds(1));

        FirehoseDelivery object = object("orders");
        assertThat(object.key()).startsWith("orders/2026/12/06/10/orders-1-2026-12-06-10-00-00-").endsWith(".parquet");
        assertThat(object.attributes()).containsEntry("Content-Encoding", "hadoop-snappy");
        assertThat(new String(object.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        assertThat(JSON.readTree(object.recordsAsStrings().get(0)).path("amount").decimalValue())
                .isEqualByComparingTo("12.35");

        String schema = schemaOf(object.body());
        assertThat(schema).contains("optional int64 id;", "optional binary customer (STRING);",
                "optional fixed_len_byte_array(5) amount (DECIMAL(10,2));", "optional int96 placed;",
                "optional int32 day (DATE);", "optional group tags (LIST)", "optional group attrs (MAP)",
                "optional group address", "optional boolean vip;", "optional double score;").endsWith("SNAPPY");

        List<Group> rows = readParquet(object.body());
        assertThat(rows).hasSize(2);
        Group ada = rows.get(0);
        assertThat(ada.getLong("id", 0)).isEqualTo(1);
        assertThat(ada.getString("customer", 0)).isEqualTo("Ada");
        assertThat(new BigDecimal(new BigInteger(ada.getBinary("amount", 0).getBytes()), 2))
                .isEqualByComparingTo("12.35");
        assertThat(int96(ada.getInt96("placed", 0).getBytes())).isEqualTo(Instant.parse("2026-12-06T09:30:15.250Z"));
        assertThat(LocalDate.ofEpochDay(ada.getInteger("day", 0))).isEqualTo(LocalDate.of(2026, 12, 6));
        Group tags = ada.getGroup("tags", 0);
        assertThat(tags.getFieldRepetitionCount("list")).isEqualTo(2);
        assertThat(tags.getGroup("list", 1).getString("element", 0)).isEqualTo("web");
        Group entry = ada.getGroup("attrs", 0).getGroup("key_value", 0);
        assertThat(entry.getString("key", 0)).isEqualTo("items");
        assertThat(entry.getInteger("value", 0)).isEqualTo(3);
        assertThat(ada.getGroup("address", 0).getString("city", 0)).isEqualTo("Oslo");
        assertThat(ada.getGroup("address", 0).getString("zip", 0)).isEqualTo("0150");
        assertThat(ada.getBoolean("vip", 0)).isTrue();
        assertThat(ada.getDouble("score", 0)).isEqualTo(0.5);

        Group bo = rows.get(1);
        assertThat(bo.getLong("id", 0)).isEqualTo(2);
        assertThat(new BigDecimal(new BigInteger(bo.getBinary("amount", 0).getBytes()), 2)).isEqualByComparingTo("7");
        assertThat(int96(bo.getInt96("placed", 0).getBytes())).isEqualTo(Instant.ofEpochMilli(1796549400000L));
        assertThat(bo.getBoolean("vip", 0)).isFalse();
        assertThat(bo.getFieldRepetitionCount("day")).isZero();
        assertThat(bo.getFieldRepetitionCount("tags")).isZero();
    }

    @Test
    void records_that_do_not_convert_go_to_the_error_output_with_aws_document() throws Exception {
        create("orders", c -> { });
        FirehoseClients.putAll(firehose, "orders", List.of("not json", "{\"id\":\"abc\"}", "{\"id\":5}"));
        harness.firehose().flush("orders");

        assertThat(readParquet(object("orders").body())).singleElement()
                .satisfies(g -> assertThat(g.getLong("id", 0)).isEqualTo(5));
        List<FirehoseDelivery> errors = harness.firehose().deliveries("orders").stream()
                .filter(d -> d.destination() == FirehoseDelivery.Destination.S3_ERROR).toList();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.key())
                .startsWith("orders-errors/format-conversion-failed/2026/12/06/10/"));
        List<String> docs = errors.get(0).recordsAsStrings();
        JsonNode parse = JSON.readTree(docs.get(0));
        assertThat(parse.fieldNames()).toIterable().containsExactly("attemptsMade", "arrivalTimestamp",
                "lastErrorCode", "lastErrorMessage", "attemptEndingTimestamp", "rawData", "dataCatalogTable");
        assertThat(parse.path("lastErrorCode").asText()).isEqualTo("DataFormatConversion.ParseError");
        assertThat(new String(Base64.getDecoder().decode(parse.path("rawData").asText()), StandardCharsets.UTF_8))
                .isEqualTo("not json");
        JsonNode table = parse.path("dataCatalogTable");
        assertThat(table.path("catalogId").asText()).isEqualTo("000000000000");
        assertThat(table.path("databaseName").asText()).isEqualTo("sales");
        assertThat(table.path("tableName").asText()).isEqualTo("orders");
        assertThat(table.path("region").asText()).isEqualTo("us-east-1");
        assertThat(table.path("versionId").asText()).isEqualTo("LATEST");
        assertThat(table.path("catalogArn").asText()).isEqualTo("arn:aws:glue:us-east-1:000000000000:catalog");
        assertThat(JSON.readTree(docs.get(1)).path("lastErrorCode").asText())
                .isEqualTo("DataFormatConversion.MalformedData");
    }

    @Test
    void deserializer_and_serializer_options() throws Exception {
        create("strict", c -> c.inputFormatConfiguration(i -> i.deserializer(d -> d.openXJsonSerDe(o -> o
                .caseInsensitive(false).convertDotsInJsonKeysToUnderscores(true)
                .columnToJsonKeyMappings(java.util.Map.of("customer", "buyer")))))
                .outputFormatConfiguration(o -> o.serializer(s -> s.parquetSerDe(p -> p.compression("GZIP")))));
        FirehoseClients.putAll(firehose, "strict", List.of("{\"ID\":1,\"id\":2,\"buyer\":\"Cy\"}"));
        harness.firehose().flush("strict");
        FirehoseDelivery strict = object("strict");
        assertThat(strict.attributes()).doesNotContainKey("Content-Encoding");
        assertThat(schemaOf(strict.body())).endsWith("GZIP");
        Group row = readParquet(strict.body()).get(0);
        assertThat(row.getLong("id", 0)).isEqualTo(2);
        assertThat(row.getString("customer", 0)).isEqualTo("Cy");

        harness.glue().registerTable(GlueTable.in("web").named("events").column("user_id", "bigint").build());
        FirehoseClients.createS3Stream(firehose, "dots", "lake", 64, 60, s -> s.dataFormatConversionConfiguration(c -> c
                .schemaConfiguration(sc -> sc.databaseName("web").tableName("events").roleARN(FirehoseClients.ROLE))
                .inputFormatConfiguration(i -> i.deserializer(d -> d.openXJsonSerDe(o -> o
                        .convertDotsInJsonKeysToUnderscores(true))))
                .outputFormatConfiguration(o -> o.serializer(se -> se.parquetSerDe(p -> p.compression("UNCOMPRESSED"))))));
        FirehoseClients.putAll(firehose, "dots", List.of("{\"user.id\":42}"));
        harness.firehose().flush("dots");
        assertThat(readParquet(object("dots").body()).get(0).getLong("user_id", 0)).isEqualTo(42);
        assertThat(schemaOf(object("dots").body())).endsWith("UNCOMPRESSED");

        create("hive", c -> c.inputFormatConfiguration(i -> i.deserializer(d -> d.hiveJsonSerDe(h -> h
                .timestampFormats("yyyy/MM/dd HH:mm", "millis")))));
        FirehoseClients.putAll(firehose, "hive", List.of("{\"id\":1,\"placed\":\"2026/12/06 08:15\"}",
                "{\"id\":2,\"placed\":\"1796549400000\"}"));
        harness.firehose().flush("hive");
        List<Group> hive = readParquet(object("hive").body());
        assertThat(int96(hive.get(0).getInt96("placed", 0).getBytes())).isEqualTo(Instant.parse("2026-12-06T08:15:00Z"));
        assertThat(int96(hive.get(1).getInt96("placed", 0).getBytes())).isEqualTo(Instant.ofEpochMilli(1796549400000L));
    }

    @Test
    void orc_objects_hold_the_same_rows() throws Exception {
        FirehoseClients.createS3Stream(firehose, "orc", "lake", 64, 60, s -> s.prefix("orc/")
                .dataFormatConversionConfiguration(c -> c.schemaConfiguration(sc -> sc.databaseName("sales")
                        .tableName("orders").roleARN(FirehoseClients.ROLE))
                        .inputFormatConfiguration(i -> i.deserializer(d -> d.openXJsonSerDe(o -> { })))
                        .outputFormatConfiguration(o -> o.serializer(se -> se.orcSerDe(orc -> orc.compression("ZLIB"))))));
        FirehoseClients.putAll(firehose, "orc", List.of(
                "{\"id\":1,\"customer\":\"Ada\",\"amount\":12.345,\"placed\":\"2026-12-06 09:30:15.250\","
                        + "\"day\":\"2026-12-06\",\"tags\":[\"new\",\"web\"],\"attrs\":{\"items\":3},"
                        + "\"address\":{\"city\":\"Oslo\",\"zip\":\"0150\"},\"vip\":true,\"score\":0.5}",
                "{\"id\":2}"));
        harness.firehose().flush("orc");

        FirehoseDelivery object = object("orc");
        assertThat(object.key()).startsWith("orc/2026/12/06/10/orc-1-").endsWith(".orc");
        assertThat(object.attributes()).doesNotContainKey("Content-Encoding");
        assertThat(new String(object.body(), 0, 3, StandardCharsets.US_ASCII)).isEqualTo("ORC");
        Path file = dir.resolve("object.orc");
        Files.write(file, object.body());
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration(false);
        try (org.apache.orc.Reader reader = org.apache.orc.OrcFile.createReader(
                new org.apache.hadoop.fs.Path(file.toUri()), org.apache.orc.OrcFile.readerOptions(conf)
                        .useUTCTimestamp(true))) {
            assertThat(reader.getSchema().toString()).isEqualTo("struct<id:bigint,customer:string,"
                    + "amount:decimal(10,2),placed:timestamp,day:date,tags:array<string>,attrs:map<string,int>,"
                    + "address:struct<city:string,zip:string>,vip:boolean,score:double>");
            assertThat(reader.getCompressionKind()).isEqualTo(org.apache.orc.CompressionKind.ZLIB);
            assertThat(reader.getNumberOfRows()).isEqualTo(2);
            var batch = reader.getSchema().createRowBatch();
            try (var rows = reader.rows()) {
                assertThat(rows.nextBatch(batch)).isTrue();
            }
            var id = (org.apache.hadoop.hive.ql.exec.vector.LongColumnVector) batch.cols[0];
            var customer = (org.apache.hadoop.hive.ql.exec.vector.BytesColumnVector) batch.cols[1];
            var amount = (org.apache.hadoop.hive.ql.exec.vector.DecimalColumnVector) batch.cols[2];
            var placed = (org.apache.hadoop.hive.ql.exec.vector.TimestampColumnVector) batch.cols[3];
            var day = (org.apache.hadoop.hive.ql.exec.vector.LongColumnVector) batch.cols[4];
            var tags = (org.apache.hadoop.hive.ql.exec.vector.ListColumnVector) batch.cols[5];
            var attrs = (org.apache.hadoop.hive.ql.exec.vector.MapColumnVector) batch.cols[6];
            var address = (org.apache.hadoop.hive.ql.exec.vector.StructColumnVector) batch.cols[7];
            assertThat(id.vector[0]).isEqualTo(1);
            assertThat(customer.toString(0)).isEqualTo("Ada");
            assertThat(amount.vector[0].getHiveDecimal().bigDecimalValue()).isEqualByComparingTo("12.35");
            assertThat(placed.asScratchTimestamp(0).toInstant()).isEqualTo(Instant.parse("2026-12-06T09:30:15.250Z"));
            assertThat(LocalDate.ofEpochDay(day.vector[0])).isEqualTo(LocalDate.of(2026, 12, 6));
            assertThat(tags.lengths[0]).isEqualTo(2);
            assertThat(((org.apache.hadoop.hive.ql.exec.vector.BytesColumnVector) tags.child)
                    .toString((int) tags.offsets[0] + 1)).isEqualTo("web");
            assertThat(((org.apache.hadoop.hive.ql.exec.vector.BytesColumnVector) attrs.keys)
                    .toString((int) attrs.offsets[0])).isEqualTo("items");
            assertThat(((org.apache.hadoop.hive.ql.exec.vector.LongColumnVector) attrs.values)
                    .vector[(int) attrs.offsets[0]]).isEqualTo(3);
            assertThat(((org.apache.hadoop.hive.ql.exec.vector.BytesColumnVector) address.fields[0]).toString(0))
                    .isEqualTo("Oslo");
            assertThat(id.vector[1]).isEqualTo(2);
            assertThat(customer.isNull[1]).isTrue();
            assertThat(placed.isNull[1]).isTrue();
        }
    }

    @Test
    void orc_takes_the_catalogs_type_spellings_and_writes_timestamps_in_utc_whatever_the_machines_zone()
            throws Exception {
        harness.glue().registerTable(GlueTable.in("sales").named("loose").column("n", "integer")
                .column("d", "decimal(6, 1)").column("t", "timestamp").build());
        FirehoseClients.createS3Stream(firehose, "loose", "lake", 64, 60, s -> s
                .dataFormatConversionConfiguration(c -> c.schemaConfiguration(sc -> sc.databaseName("sales")
                        .tableName("loose").roleARN(FirehoseClients.ROLE))
                        .inputFormatConfiguration(i -> i.deserializer(d -> d.openXJsonSerDe(o -> { })))
                        .outputFormatConfiguration(o -> o.serializer(se -> se.orcSerDe(orc -> { })))));
        FirehoseClients.putAll(firehose, "loose", List.of("{\"n\":3,\"d\":2.25,\"t\":\"2026-12-06 09:30:00\"}"));
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
            harness.firehose().flush("loose");
        } finally {
            java.util.TimeZone.setDefault(zone);
        }

        FirehoseDelivery object = object("loose");
        assertThat(object.errorCode()).isNull();
        Path file = dir.resolve("loose.orc");
        Files.write(file, object.body());
        try (org.apache.orc.Reader reader = org.apache.orc.OrcFile.createReader(
                new org.apache.hadoop.fs.Path(file.toUri()), org.apache.orc.OrcFile.readerOptions(
                        new org.apache.hadoop.conf.Configuration(false)).useUTCTimestamp(true))) {
            assertThat(reader.getSchema().toString()).isEqualTo("struct<n:int,d:decimal(6,1),t:timestamp>");
            var batch = reader.getSchema().createRowBatch();
            try (var rows = reader.rows()) {
                assertThat(rows.nextBatch(batch)).isTrue();
            }
            var d = (org.apache.hadoop.hive.ql.exec.vector.DecimalColumnVector) batch.cols[1];
            var t = (org.apache.hadoop.hive.ql.exec.vector.TimestampColumnVector) batch.cols[2];
            assertThat(d.vector[0].getHiveDecimal().bigDecimalValue()).isEqualByComparingTo("2.3");
            assertThat(t.asScratchTimestamp(0).toInstant()).isEqualTo(Instant.parse("2026-12-06T09:30:00Z"));
        }
    }

    @Test
    void configuration_rules() {
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "no-table", "lake", 64, 60, s -> s
                .dataFormatConversionConfiguration(c -> c.schemaConfiguration(sc -> sc.databaseName("sales")
                        .tableName("missing").roleARN(FirehoseClients.ROLE))
                        .inputFormatConfiguration(i -> i.deserializer(d -> d.openXJsonSerDe(o -> { })))
                        .outputFormatConfiguration(o -> o.serializer(se -> se.parquetSerDe(p -> { }))))))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("EntityNotFoundException: Table missing not found in database sales");
        assertThatThrownBy(() -> create("both", c -> c.outputFormatConfiguration(o -> o.serializer(
                se -> se.orcSerDe(orc -> { }).parquetSerDe(p -> { })))))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("Exactly one of ParquetSerDe or OrcSerDe");
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "small", "lake", 5, 60, s -> s
                .dataFormatConversionConfiguration(c -> c.schemaConfiguration(sc -> sc.databaseName("sales")
                        .tableName("orders").roleARN(FirehoseClients.ROLE))
                        .inputFormatConfiguration(i -> i.deserializer(d -> d.openXJsonSerDe(o -> { })))
                        .outputFormatConfiguration(o -> o.serializer(se -> se.parquetSerDe(p -> { }))))))
                .hasMessageStartingWith("BufferingHints.SizeInMBs must be at least 64 when data format conversion "
                        + "is enabled.");
        assertThatThrownBy(() -> FirehoseClients.createS3Stream(firehose, "gz", "lake", 64, 60, s -> s
                .compressionFormat("GZIP")
                .dataFormatConversionConfiguration(c -> c.schemaConfiguration(sc -> sc.databaseName("sales")
                        .tableName("orders").roleARN(FirehoseClients.ROLE))
                        .inputFormatConfiguration(i -> i.deserializer(d -> d.openXJsonSerDe(o -> { })))
                        .outputFormatConfiguration(o -> o.serializer(se -> se.parquetSerDe(p -> { }))))))
                .hasMessageStartingWith("CompressionFormat must be UNCOMPRESSED when data format conversion is "
                        + "enabled.");
        assertThatThrownBy(() -> harness.glue().registerTable(GlueTable.in("sales").named("bad")
                .column("x", "varchar2").build())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a Hive type");
    }

    /** Hive's int96 timestamp: nanoseconds of the day, then the Julian day, little-endian. */
    private static Instant int96(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long nanos = b.getLong();
        long julianDay = b.getInt();
        return Instant.ofEpochSecond((julianDay - 2_440_588L) * 86_400L).plusNanos(nanos);
    }
}
