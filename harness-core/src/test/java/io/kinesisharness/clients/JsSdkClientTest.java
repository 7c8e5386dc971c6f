package io.kinesisharness.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The AWS SDK for JavaScript v3 (over Node's HTTP client) against the harness: Kinesis (JSON 1.1, and
 * SubscribeToShard over HTTP/2), and S3
 * (REST-XML with the SDK's default CRC32 checksums), Firehose (JSON 1.1) and DynamoDB (JSON 1.0). Its packages come
 * from src/test/js (installed by .ci/run with npm ci); without them the tests are skipped, except in CI.
 */
class JsSdkClientTest {

    private static final Path SCRIPT_DIR = Path.of("src", "test", "js");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void javascript_sdk_creates_puts_and_reads_records() throws Exception {
        assumeInstalled("client-kinesis");

        try (KinesisHarness harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).start()) {
            JsonNode out = run(harness, "kinesis-session.mjs");

            assertThat(out.get("failed").asInt()).isZero();
            assertThat(out.get("shards").asInt()).isEqualTo(2);
            List<String> data = new ArrayList<>();
            out.get("records").forEach(r -> {
                data.add(r.get("data").asText());
                assertThat(r.get("arrival").asText()).isEqualTo("2026-01-01T00:00:00.000Z");
            });
            assertThat(data).hasSize(10).contains("js 0", "js 9");
            assertThat(out.get("created").asText()).isEqualTo("2026-01-01T00:00:00.000Z");
            assertThat(out.get("error").get("name").asText()).isEqualTo("ResourceNotFoundException");
            assertThat(out.get("error").get("notFound").asBoolean()).isTrue();
            assertThat(out.get("error").get("message").asText())
                    .isEqualTo("Stream missing under account 000000000000 not found.");
        }
    }

    @Test
    void javascript_sdk_drives_s3_firehose_and_dynamodb() throws Exception {
        assumeInstalled("client-s3");

        try (KinesisHarness harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).start()) {
            JsonNode out = run(harness, "services-session.mjs");

            JsonNode s3 = out.get("s3");
            byte[] big = new byte[1 << 20];
            for (int i = 0; i < big.length; i++) {
                big[i] = (byte) (i * 31);
            }
            CRC32 crc = new CRC32();
            crc.update(big);
            String crc32 = Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue())
                    .array());
            assertThat(s3.get("putChecksum").asText()).isEqualTo(crc32);
            assertThat(s3.get("getChecksum").asText()).isEqualTo(crc32);
            assertThat(s3.get("roundTrip").asBoolean()).isTrue();
            assertThat(s3.get("range").toString()).isEqualTo("[54,85,116,147]");
            assertThat(s3.get("contentRange").asText()).isEqualTo("bytes 10-13/1048576");
            assertThat(s3.get("multipartETag").asText()).matches("\"[0-9a-f]{32}-2\"");
            assertThat(s3.get("multipartLength").asLong()).isEqualTo(5 * 1024 * 1024 + 4);
            assertThat(s3.get("deleted").toString()).isEqualTo("[\"data/never.txt\",\"data/small.txt\"]");
            assertThat(s3.get("listed").toString())
                    .isEqualTo("[\"data/big.bin:1048576\",\"data/copy.bin:1048576\"]");
            assertThat(s3.get("missing").toString())
                    .isEqualTo("{\"name\":\"NotFound\",\"notFound\":true,\"status\":404}");

            JsonNode firehose = out.get("firehose");
            assertThat(firehose.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(firehose.get("failed").asInt()).isZero();
            assertThat(firehose.get("beforeInterval").asInt()).as("buffered until the interval").isZero();
            assertThat(firehose.get("objects").asInt()).isEqualTo(1);
            assertThat(firehose.get("body").asText()).isEqualTo("one\ntwo\nthree\n");
            assertThat(firehose.get("missing").get("name").asText()).isEqualTo("ResourceNotFoundException");
            assertThat(firehose.get("missing").get("notFound").asBoolean()).isTrue();
            assertThat(firehose.get("missing").get("message").asText())
                    .isEqualTo("Firehose missing under account 000000000000 not found.");

            JsonNode dynamodb = out.get("dynamodb");
            assertThat(dynamodb.get("conditional").toString()).isEqualTo(
                    "{\"name\":\"ConditionalCheckFailedException\",\"typed\":true,\"old\":\"a\"}");
            assertThat(dynamodb.get("updated").toString()).isEqualTo("{\"count\":\"1\",\"tags\":[\"js\"]}");
            assertThat(dynamodb.get("query").toString()).isEqualTo("[4,3,2]");
            assertThat(dynamodb.get("transaction").toString()).isEqualTo("{\"name\":\"TransactionCanceledException\","
                    + "\"typed\":true,\"reasons\":[\"None\",\"ConditionalCheckFailed\"]}");
            assertThat(dynamodb.get("scanPages").toString()).as("four items by twos, then the empty last page")
                    .isEqualTo("[2,2,0]");
        }
    }

    @Test
    void javascript_sdk_reads_a_shard_over_http2_through_enhanced_fan_out() throws Exception {
        assumeInstalled("client-kinesis");

        try (KinesisHarness harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).start()) {
            JsonNode out = run(harness, "fan-out-session.mjs");

            assertThat(out.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(out.get("records").toString()).isEqualTo("[\"one\",\"two\",\"three\"]");
            assertThat(out.get("continuation").asBoolean()).isTrue();
            assertThat(out.get("again").toString())
                    .isEqualTo("{\"name\":\"ResourceInUseException\",\"inUse\":true}");
        }
    }

    private static void assumeInstalled(String client) {
        boolean installed = Files.isDirectory(SCRIPT_DIR.resolve("node_modules/@aws-sdk/" + client));
        assumeTrue(installed || "true".equals(System.getenv("CI")),
                "JavaScript SDK not installed: run `npm ci` in harness-core/src/test/js to include this test");
    }

    /**
     * Runs a script to its end and returns its last line as JSON. Its output goes to a file, so a script that never
     * ends fails the test after a bound instead of blocking it on an open pipe.
     */
    private static JsonNode run(KinesisHarness harness, String script) throws IOException, InterruptedException {
        Path log = Files.createTempFile("js-sdk-", ".log");
        try {
            Process p = new ProcessBuilder("node", script, harness.endpoint().toString())
                    .directory(SCRIPT_DIR.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = p.waitFor(120, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(ended).as("%s ended within 120 s; it said: %s", script, output).isTrue();
            assertThat(p.exitValue()).as("node said: %s", output).isZero();
            return lastLine(output);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static JsonNode lastLine(String output) throws IOException {
        String last = output.strip().lines().reduce((a, b) -> b).orElse("");
        return new ObjectMapper().readTree(last);
    }
}
