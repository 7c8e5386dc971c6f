package io.kinesisharness.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The AWS SDK for JavaScript v3 (JSON 1.1 over Node's HTTP client) against the harness. Its packages come from
 * src/test/js (installed by .ci/run with npm ci); without them the test is skipped, except in CI.
 */
class JsSdkClientTest {

    private static final Path SCRIPT_DIR = Path.of("src", "test", "js");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void javascript_sdk_creates_puts_and_reads_records() throws Exception {
        boolean installed = Files.isDirectory(SCRIPT_DIR.resolve("node_modules/@aws-sdk/client-kinesis"));
        assumeTrue(installed || "true".equals(System.getenv("CI")),
                "JavaScript SDK not installed: run `npm ci` in harness-core/src/test/js to include this test");

        try (KinesisHarness harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).start()) {
            JsonNode out = run(harness);

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

    private static JsonNode run(KinesisHarness harness) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("node", "kinesis-session.mjs", harness.endpoint().toString())
                .directory(SCRIPT_DIR.toFile()).redirectErrorStream(true).start();
        String output;
        try {
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        assertThat(p.exitValue()).as("node said: %s", output).isZero();
        String last = output.strip().lines().reduce((a, b) -> b).orElse("");
        return new ObjectMapper().readTree(last);
    }
}
