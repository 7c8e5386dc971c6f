package io.kinesisharness.kinesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kinesisharness.KinesisHarness;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The AWS CLI driving a scripted session against a running harness, as a developer would from a shell: create,
 * put, get, split, tag, delete, with the CLI's JSON output checked. Skipped where no {@code aws} is installed,
 * except on CI (env CI=true), where a missing CLI is a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsCliSessionTest {

    private static final String HALF = "170141183460469231731687303715884105728";

    private final ObjectMapper json = new ObjectMapper();
    private KinesisHarness harness;
    private Path aws;
    private Path home;

    @BeforeAll
    void start() throws IOException {
        aws = findOnPath("aws");
        if (aws == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("The AWS CLI ('aws') is not on PATH, but CI=true: install it (Debian: awscli) for this test");
            }
            Assumptions.abort("The AWS CLI ('aws') is not on PATH; install it to run the CLI session test");
        }
        home = Files.createTempDirectory("harness-cli-home");
        harness = KinesisHarness.builder().start();
    }

    @AfterAll
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void a_cli_session_creates_writes_reads_splits_tags_and_deletes_a_stream() throws Exception {
        aws("kinesis", "create-stream", "--stream-name", "cli", "--shard-count", "1");
        // Each CLI start costs about a second; commands that do not depend on each other run side by side.
        List<JsonNode> step = parallel(cmd("kinesis", "describe-stream-summary", "--stream-name", "cli"),
                cmd("kinesis", "put-record", "--stream-name", "cli", "--partition-key", "k", "--data", "hello"));
        JsonNode summary = step.get(0).path("StreamDescriptionSummary");
        assertThat(summary.path("StreamStatus").asText()).isEqualTo("ACTIVE");
        assertThat(summary.path("OpenShardCount").asInt()).isEqualTo(1);
        assertThat(summary.path("StreamARN").asText()).isEqualTo("arn:aws:kinesis:us-east-1:000000000000:stream/cli");
        JsonNode put = step.get(1);
        assertThat(put.path("ShardId").asText()).isEqualTo("shardId-000000000000");
        assertThat(put.path("SequenceNumber").asText()).matches("\\d{56}");

        String iterator = aws("kinesis", "get-shard-iterator", "--stream-name", "cli", "--shard-id",
                "shardId-000000000000", "--shard-iterator-type", "TRIM_HORIZON").path("ShardIterator").asText();
        step = parallel(cmd("kinesis", "get-records", "--shard-iterator", iterator),
                cmd("kinesis", "split-shard", "--stream-name", "cli", "--shard-to-split", "shardId-000000000000",
                        "--new-starting-hash-key", HALF),
                cmd("kinesis", "add-tags-to-stream", "--stream-name", "cli", "--tags", "team=data,env=test"));
        JsonNode records = step.get(0).path("Records");
        assertThat(records).hasSize(1);
        // CLI v1 sends and prints blobs base64-encoded.
        assertThat(new String(Base64.getDecoder().decode(records.get(0).path("Data").asText()),
                StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(records.get(0).path("SequenceNumber").asText()).isEqualTo(put.path("SequenceNumber").asText());

        step = parallel(cmd("kinesis", "list-shards", "--stream-name", "cli"),
                cmd("kinesis", "list-tags-for-stream", "--stream-name", "cli"));
        JsonNode shards = step.get(0).path("Shards");
        assertThat(shards).hasSize(3);
        assertThat(shards.get(0).path("SequenceNumberRange").has("EndingSequenceNumber")).isTrue();
        assertThat(shards.get(1).path("ParentShardId").asText()).isEqualTo("shardId-000000000000");
        assertThat(shards.get(2).path("HashKeyRange").path("StartingHashKey").asText()).isEqualTo(HALF);
        assertThat(step.get(1).path("Tags").toString()).isEqualTo(
                "[{\"Key\":\"env\",\"Value\":\"test\"},{\"Key\":\"team\",\"Value\":\"data\"}]");
        assertThat(step.get(1).path("HasMoreTags").asBoolean()).isFalse();

        aws("kinesis", "delete-stream", "--stream-name", "cli");
        CompletableFuture<CliResult> missing = CompletableFuture.supplyAsync(() -> run(cmd("kinesis",
                "describe-stream-summary", "--stream-name", "cli")));
        assertThat(aws("kinesis", "list-streams").path("StreamNames")).isEmpty();
        assertThat(missing.get().exitCode()).isNotZero();
        assertThat(missing.get().stderr()).contains("An error occurred (ResourceNotFoundException) when calling the "
                + "DescribeStreamSummary operation: Stream cli under account 000000000000 not found.");
    }

    private static String[] cmd(String... args) {
        return args;
    }

    private List<JsonNode> parallel(String[]... commands) throws Exception {
        List<CompletableFuture<JsonNode>> running = new ArrayList<>();
        for (String[] c : commands) {
            running.add(CompletableFuture.supplyAsync(() -> parse(c, run(c))));
        }
        List<JsonNode> out = new ArrayList<>();
        for (CompletableFuture<JsonNode> f : running) {
            out.add(f.get());
        }
        return out;
    }

    private JsonNode aws(String... args) {
        return parse(args, run(args));
    }

    private JsonNode parse(String[] args, CliResult r) {
        assertThat(r.exitCode()).as("aws %s failed: %s", String.join(" ", args), r.stderr()).isZero();
        try {
            return r.stdout().isBlank() ? json.createObjectNode() : json.readTree(r.stdout());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CliResult run(String... args) {
        try {
            return runCli(args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private CliResult runCli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(aws.toString(), "--endpoint-url",
                harness.endpoint().toString(), "--output", "json"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("AWS_ACCESS_KEY_ID", "000000000000");
        env.put("AWS_SECRET_ACCESS_KEY", "secret");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        // Keep the developer's own profiles, pager and retries out of the session (HOME stays: version
        // managers such as pyenv find the CLI through it).
        env.put("AWS_CONFIG_FILE", home.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString());
        env.put("AWS_PAGER", "");
        env.put("AWS_MAX_ATTEMPTS", "1");
        env.remove("AWS_PROFILE");
        env.remove("AWS_SESSION_TOKEN");
        Path out = Files.createTempFile(home, "out", ".json");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("aws " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new CliResult(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record CliResult(int exitCode, String stdout, String stderr) {
    }

    private static Path findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
