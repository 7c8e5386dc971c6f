package io.kinesisharness.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.support.AwsCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The AWS CLI driving a scripted session against a running harness, as a developer would from a shell: create,
 * put, get, split, tag, delete, with the CLI's JSON output checked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsCliSessionTest {

    private static final String HALF = "170141183460469231731687303715884105728";

    private KinesisHarness harness;
    private AwsCli cli;

    @BeforeAll
    void start() throws IOException {
        harness = KinesisHarness.builder().start();
        cli = AwsCli.forEndpoint(harness.endpoint());
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
        CompletableFuture<AwsCli.Result> missing = CompletableFuture.supplyAsync(() -> run(cmd("kinesis",
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
        return cli.parallel(commands);
    }

    private JsonNode aws(String... args) {
        return cli.json(args);
    }

    private AwsCli.Result run(String... args) {
        return cli.run(args);
    }
}
