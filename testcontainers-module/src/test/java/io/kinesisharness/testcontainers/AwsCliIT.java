package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AWS CLI, a client outside the JVM, against the container. */
class AwsCliIT extends ContainerIT {

    private static Path aws;

    @TempDir
    Path dir;

    @BeforeAll
    void findCli() {
        aws = onPath("aws");
        if (aws == null) {
            DockerCheck.skipOrFail("the AWS CLI ('aws') is not on PATH; install it (Debian: apt-get install awscli)");
        }
    }

    @Test
    void the_cli_creates_lists_puts_and_gets() throws Exception {
        assertThat(cli("create-stream", "--stream-name", "cli-stream", "--shard-count", "1")).isBlank();
        assertThat(json(cli("list-streams")).get("StreamNames")).isEqualTo(List.of("cli-stream"));

        Path data = Files.writeString(dir.resolve("record.txt"), "hello from the cli");
        Map<?, ?> put = json(cli("put-record", "--stream-name", "cli-stream", "--partition-key", "pk",
                "--data", "fileb://" + data));
        assertThat(put.get("ShardId")).isEqualTo("shardId-000000000000");
        assertThat(put.get("SequenceNumber").toString()).matches("\\d{56}");

        Map<?, ?> iterator = json(cli("get-shard-iterator", "--stream-name", "cli-stream",
                "--shard-id", "shardId-000000000000", "--shard-iterator-type", "TRIM_HORIZON"));
        Map<?, ?> got = json(cli("get-records", "--shard-iterator", iterator.get("ShardIterator").toString()));

        List<?> records = (List<?>) got.get("Records");
        assertThat(records).hasSize(1);
        Map<?, ?> record = (Map<?, ?>) records.get(0);
        assertThat(record.get("PartitionKey")).isEqualTo("pk");
        assertThat(record.get("SequenceNumber")).isEqualTo(put.get("SequenceNumber"));
        assertThat(new String(Base64.getDecoder().decode(record.get("Data").toString()), StandardCharsets.UTF_8))
                .isEqualTo("hello from the cli");
    }

    private String cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(aws.toString(), "--endpoint-url",
                harness.getEndpoint().toString(), "--output", "json", "kinesis"));
        command.addAll(List.of(args));
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
        Map<String, String> env = pb.environment();
        env.put("AWS_ACCESS_KEY_ID", harness.getAccessKey());
        env.put("AWS_SECRET_ACCESS_KEY", harness.getSecretKey());
        env.put("AWS_DEFAULT_REGION", harness.getRegion());
        env.remove("AWS_PROFILE");
        env.remove("AWS_SESSION_TOKEN");
        // The developer's own ~/.aws settings (output format, binary format, pager) must not change the answers.
        env.put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
        env.put("AWS_PAGER", "");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("aws %s finished", args[0]).isTrue();
        assertThat(p.exitValue()).as("aws %s exit code; stderr: %s", args[0], Files.readString(err)).isZero();
        return out;
    }

    private static Map<?, ?> json(String text) {
        return (Map<?, ?>) Json.parse(text);
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
