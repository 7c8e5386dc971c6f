package io.kinesisharness.wire;

import static io.kinesisharness.wire.RawKinesis.CBOR;
import static io.kinesisharness.wire.RawKinesis.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.wire.RawKinesis.CborTree;
import io.kinesisharness.wire.RawKinesis.Reply;
import io.kinesisharness.wire.RawKinesis.Tagged;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The two encodings byte by byte. CBOR as the Java SDK v2 needs it: timestamps as tag 1 + integer epoch
 * milliseconds, blobs as byte strings, absent members absent. JSON: timestamps as epoch seconds with a
 * millisecond fraction, blobs as base64.
 */
@SuppressWarnings("unchecked")
class WireEncodingTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final byte[] DATA = {0, 1, 2, (byte) 0xff, (byte) 0x80, 0x7f};

    private KinesisHarness harness;
    private RawKinesis raw;

    /** A fresh harness per test: the assertions name absolute instants and a reset keeps the clock. */
    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).start();
        raw = new RawKinesis(harness.endpoint());
        harness.createStream("s", 1);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    // ---- CBOR ----

    @Test
    void cbor_put_record_answer_has_only_shard_id_and_sequence_number() {
        Reply r = raw.call("PutRecord").cbor(Map.of("StreamName", "s", "PartitionKey", "k", "Data", DATA)).send();

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).hasValue(CBOR);
        Map<String, Object> body = (Map<String, Object>) r.cborWithTags();
        assertThat(body.keySet()).containsExactlyInAnyOrder("ShardId", "SequenceNumber");
        assertThat(body.get("ShardId")).isEqualTo("shardId-000000000000");
        assertThat((String) body.get("SequenceNumber")).matches("\\d{56}");
    }

    @Test
    void cbor_records_carry_tag_1_integer_millis_timestamps_and_byte_string_data() {
        harness.clock().advance(Duration.ofMillis(1_234));
        raw.call("PutRecord").cbor(Map.of("StreamName", "s", "PartitionKey", "k", "Data", DATA)).send();
        harness.clock().advance(Duration.ofSeconds(1));

        Map<String, Object> body = (Map<String, Object>) raw.call("GetRecords").cbor(Map.of("ShardIterator", iterator("TRIM_HORIZON")))
                .send().cborWithTags();

        assertThat(body.keySet()).containsExactlyInAnyOrder("Records", "NextShardIterator", "MillisBehindLatest");
        assertThat(body.get("MillisBehindLatest")).isEqualTo(0);
        Map<String, Object> record = (Map<String, Object>) ((List<Object>) body.get("Records")).get(0);
        assertThat(record.keySet()).containsExactlyInAnyOrder("SequenceNumber", "ApproximateArrivalTimestamp", "Data",
                "PartitionKey");
        assertThat(record.get("ApproximateArrivalTimestamp")).isInstanceOfSatisfying(Tagged.class, t -> {
            assertThat(t.tag()).isEqualTo(1);
            assertThat(t.value()).isInstanceOf(Long.class).isEqualTo(START.toEpochMilli() + 1_234);
        });
        assertThat(record.get("Data")).isInstanceOf(byte[].class).isEqualTo(DATA);
        assertThat(record.get("PartitionKey")).isEqualTo("k");
    }

    @Test
    void cbor_describe_stream_sends_no_nulls_and_no_absent_members() {
        Map<String, Object> body = (Map<String, Object>) raw.call("DescribeStream").cbor(Map.of("StreamName", "s")).send().cborWithTags();

        assertNoNulls(body);
        Map<String, Object> d = (Map<String, Object>) body.get("StreamDescription");
        assertThat(d.keySet()).containsExactlyInAnyOrder("StreamName", "StreamARN", "StreamStatus",
                "StreamModeDetails", "Shards", "HasMoreShards", "RetentionPeriodHours", "StreamCreationTimestamp",
                "EnhancedMonitoring", "EncryptionType");
        assertThat(d.get("StreamCreationTimestamp")).isEqualTo(new Tagged(1, START.toEpochMilli()));
        assertThat(d.get("EnhancedMonitoring")).isEqualTo(List.of(Map.of("ShardLevelMetrics", List.of())));
        assertThat(d.get("HasMoreShards")).isEqualTo(false);
        Map<String, Object> shard = (Map<String, Object>) ((List<Object>) d.get("Shards")).get(0);
        assertThat(shard.keySet()).containsExactlyInAnyOrder("ShardId", "HashKeyRange", "SequenceNumberRange");
        assertThat(((Map<String, Object>) shard.get("SequenceNumberRange")).keySet())
                .containsExactly("StartingSequenceNumber");
    }

    @Test
    void cbor_summaries_and_listings_use_the_same_timestamp_encoding() {
        Map<String, Object> summary = (Map<String, Object>) ((Map<String, Object>) raw.call("DescribeStreamSummary").cbor(Map.of("StreamName", "s"))
                .send().cborWithTags()).get("StreamDescriptionSummary");
        Map<String, Object> listed = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) raw.call("ListStreams").cbor(Map.of()).send()
                .cborWithTags()).get("StreamSummaries")).get(0);

        assertThat(summary.get("StreamCreationTimestamp")).isEqualTo(new Tagged(1, START.toEpochMilli()));
        assertThat(summary).doesNotContainKey("KeyId");
        assertThat(listed.get("StreamCreationTimestamp")).isEqualTo(new Tagged(1, START.toEpochMilli()));
    }

    @Test
    void cbor_request_timestamps_are_epoch_millis_tagged_or_not() throws IOException {
        raw.call("PutRecord").cbor(Map.of("StreamName", "s", "PartitionKey", "k", "Data", new byte[] {1})).send();
        harness.clock().advance(Duration.ofSeconds(1));
        raw.call("PutRecord").cbor(Map.of("StreamName", "s", "PartitionKey", "k", "Data", new byte[] {2})).send();
        long afterFirst = START.toEpochMilli() + 1;

        for (boolean tagged : List.of(true, false)) {
            byte[] request = atTimestampRequest(afterFirst, tagged);
            Reply it = raw.call("GetShardIterator").body(CBOR, request).send();
            assertThat(it.status()).as("tagged=%s: %s", tagged, it.cbor()).isEqualTo(200);

            Map<String, Object> records = (Map<String, Object>) raw.call("GetRecords")
                    .cbor(Map.of("ShardIterator", it.cbor().get("ShardIterator").asText())).send().cborWithTags();
            assertThat((List<Object>) records.get("Records")).singleElement()
                    .satisfies(rec -> assertThat(((Map<String, Object>) rec).get("Data")).isEqualTo(new byte[] {2}));
        }
    }

    @Test
    void cbor_errors_are_cbor_maps_of_type_and_message() {
        Reply r = raw.call("DescribeStream").cbor(Map.of("StreamName", "ghost")).send();

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).hasValue(CBOR);
        assertThat(r.raw().headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("__type", "ResourceNotFoundException");
        expected.put("message", "Stream ghost under account 000000000000 not found.");
        assertThat(r.cborWithTags()).isEqualTo(expected);
    }

    // ---- JSON ----

    @Test
    void json_timestamps_are_epoch_seconds_with_a_millisecond_fraction_and_data_is_base64() {
        harness.clock().advance(Duration.ofMillis(1_234));
        raw.call("PutRecord").json("{\"StreamName\":\"s\",\"PartitionKey\":\"k\",\"Data\":\""
                + Base64.getEncoder().encodeToString(DATA) + "\"}").send();

        Reply r = raw.call("GetRecords").json("{\"ShardIterator\":\"" + iterator("TRIM_HORIZON") + "\"}").send();

        assertThat(r.contentType()).hasValue(JSON);
        assertThat(r.text()).contains("\"ApproximateArrivalTimestamp\":1767225601.234");
        JsonNode record = r.json().get("Records").get(0);
        assertThat(record.get("ApproximateArrivalTimestamp").isNumber()).isTrue();
        assertThat(record.get("ApproximateArrivalTimestamp").decimalValue())
                .isEqualByComparingTo(new BigDecimal("1767225601.234"));
        assertThat(record.get("Data").asText()).isEqualTo(Base64.getEncoder().encodeToString(DATA));
        assertThat(iteratorNames(record)).containsExactlyInAnyOrder("SequenceNumber", "ApproximateArrivalTimestamp",
                "Data", "PartitionKey");
        assertNoNulls(r.json());
    }

    @Test
    void json_creation_timestamps_are_epoch_seconds() {
        JsonNode d = raw.call("DescribeStream").json("{\"StreamName\":\"s\"}").send().json().get("StreamDescription");

        assertThat(d.get("StreamCreationTimestamp").isNumber()).isTrue();
        assertThat(d.get("StreamCreationTimestamp").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(START.getEpochSecond()));
        assertThat(iteratorNames(d)).doesNotContain("KeyId");
        assertNoNulls(d);
    }

    @Test
    void json_request_timestamps_are_epoch_seconds_with_or_without_fraction() {
        raw.call("PutRecord").json("{\"StreamName\":\"s\",\"PartitionKey\":\"k\",\"Data\":\"AQ==\"}").send();
        harness.clock().advance(Duration.ofSeconds(2));
        raw.call("PutRecord").json("{\"StreamName\":\"s\",\"PartitionKey\":\"k\",\"Data\":\"Ag==\"}").send();

        for (String timestamp : List.of("1767225600.001", "1767225601", "1.767225601E9")) {
            Reply it = raw.call("GetShardIterator").json("{\"StreamName\":\"s\",\"ShardId\":\"shardId-000000000000\","
                    + "\"ShardIteratorType\":\"AT_TIMESTAMP\",\"Timestamp\":" + timestamp + "}").send();
            assertThat(it.status()).as(it.text()).isEqualTo(200);
            JsonNode records = raw.call("GetRecords").json("{\"ShardIterator\":\""
                    + it.json().get("ShardIterator").asText() + "\"}").send().json().get("Records");
            assertThat(records).as(timestamp).hasSize(1);
            assertThat(records.get(0).get("Data").asText()).isEqualTo("Ag==");
        }
    }

    @Test
    void json_put_records_entries_carry_no_error_members_when_they_succeed() {
        Reply r = raw.call("PutRecords").json("{\"StreamName\":\"s\",\"Records\":[{\"PartitionKey\":\"a\","
                + "\"Data\":\"AA==\"},{\"PartitionKey\":\"b\",\"Data\":\"AQ==\"}]}").send();

        JsonNode body = r.json();
        assertThat(iteratorNames(body)).containsExactlyInAnyOrder("FailedRecordCount", "Records");
        assertThat(body.get("FailedRecordCount").asInt()).isZero();
        for (JsonNode entry : body.get("Records")) {
            assertThat(iteratorNames(entry)).containsExactlyInAnyOrder("SequenceNumber", "ShardId");
        }
    }

    private String iterator(String type) {
        return raw.call("GetShardIterator").json("{\"StreamName\":\"s\",\"ShardId\":\"shardId-000000000000\","
                + "\"ShardIteratorType\":\"" + type + "\"}").send().json().get("ShardIterator").asText();
    }

    private static byte[] atTimestampRequest(long millis, boolean tagged) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator g = new CBORFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("StreamName", "s");
            g.writeStringField("ShardId", "shardId-000000000000");
            g.writeStringField("ShardIteratorType", "AT_TIMESTAMP");
            g.writeFieldName("Timestamp");
            if (tagged) {
                g.writeTag(1);
            }
            g.writeNumber(millis);
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static List<String> iteratorNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static void assertNoNulls(JsonNode node) {
        assertThat(node.isNull()).as("explicit null in %s", node).isFalse();
        node.forEach(WireEncodingTest::assertNoNulls);
    }

    private static void assertNoNulls(Object cbor) {
        assertThat(cbor).isNotSameAs(CborTree.NULL);
        if (cbor instanceof Map<?, ?> m) {
            m.values().forEach(WireEncodingTest::assertNoNulls);
        } else if (cbor instanceof List<?> l) {
            l.forEach(WireEncodingTest::assertNoNulls);
        }
    }
}
