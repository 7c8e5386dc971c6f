package io.kinesisharness.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.support.AwsCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The AWS CLI's {@code s3} and {@code s3api} commands against the store: a session as a developer's, including
 * a 20 MB copy the CLI sends as a multipart upload of concurrent parts (with {@code Expect: 100-continue}) and
 * reads back as ranged GETs, and a sync.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3CliTest {

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
    void a_cli_session_makes_a_bucket_copies_20_mb_both_ways_syncs_lists_and_removes(@TempDir Path dir)
            throws Exception {
        byte[] big = new byte[20 * 1024 * 1024];
        new Random(5).nextBytes(big);
        Path bigFile = dir.resolve("big.bin");
        Files.write(bigFile, big);
        Path tree = Files.createDirectories(dir.resolve("tree/sub"));
        Files.writeString(dir.resolve("tree/a.txt"), "alpha");
        Files.writeString(tree.resolve("b.txt"), "beta");

        cli.text("s3", "mb", "s3://cli-bucket");
        cli.text("s3", "cp", bigFile.toString(), "s3://cli-bucket/big.bin", "--only-show-errors");
        Path back = dir.resolve("back.bin");
        cli.text("s3", "cp", "s3://cli-bucket/big.bin", back.toString(), "--only-show-errors");
        assertThat(Files.readAllBytes(back)).isEqualTo(big);

        cli.text("s3", "sync", dir.resolve("tree").toString(), "s3://cli-bucket/tree", "--only-show-errors");
        String listing = cli.text("s3", "ls", "s3://cli-bucket/", "--recursive");
        assertThat(listing).contains("big.bin").contains("tree/a.txt").contains("tree/sub/b.txt");
        assertThat(cli.text("s3", "ls", "s3://cli-bucket/")).contains("PRE tree/").contains("20971520 big.bin");

        JsonNode head = cli.json("s3api", "head-object", "--bucket", "cli-bucket", "--key", "big.bin");
        assertThat(head.path("ContentLength").asLong()).isEqualTo(big.length);
        // 8 MiB parts: 8 + 8 + 4.
        assertThat(head.path("ETag").asText()).matches("\"[0-9a-f]{32}-3\"");
        try (S3Client s3 = S3Clients.pathStyle(harness)) {
            assertThat(s3.getObjectAsBytes(b -> b.bucket("cli-bucket").key("tree/sub/b.txt")).asUtf8String())
                    .isEqualTo("beta");
        }

        cli.text("s3", "rm", "s3://cli-bucket/", "--recursive", "--only-show-errors");
        assertThat(cli.json("s3api", "list-objects-v2", "--bucket", "cli-bucket").path("KeyCount").asInt()).isZero();
        cli.text("s3", "rb", "s3://cli-bucket");
        assertThat(cli.json("s3api", "list-buckets").path("Buckets")).isEmpty();
    }

    @Test
    void s3api_puts_gets_copies_and_deletes_in_batches_and_reports_errors_as_aws_does(@TempDir Path dir)
            throws Exception {
        harness.createBucket("api-bucket");
        Path body = dir.resolve("body.txt");
        Files.writeString(body, "plus+and space keys");

        JsonNode put = cli.json("s3api", "put-object", "--bucket", "api-bucket", "--key", "a+b c.txt", "--body",
                body.toString(), "--content-type", "text/plain", "--metadata", "team=data");
        assertThat(put.path("ETag").asText()).isEqualTo('"' + S3ObjectsTest.md5(Files.readAllBytes(body)) + '"');
        cli.json("s3api", "copy-object", "--bucket", "api-bucket", "--key", "copy.txt", "--copy-source",
                "api-bucket/a+b c.txt");
        Path out = dir.resolve("out.txt");
        JsonNode got = cli.json("s3api", "get-object", "--bucket", "api-bucket", "--key", "copy.txt", out.toString());
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("plus+and space keys");
        assertThat(got.path("Metadata").path("team").asText()).isEqualTo("data");
        JsonNode listed = cli.json("s3api", "list-objects-v2", "--bucket", "api-bucket");
        assertThat(listed.path("Contents")).extracting(n -> n.path("Key").asText())
                .containsExactly("a+b c.txt", "copy.txt");

        JsonNode deleted = cli.json("s3api", "delete-objects", "--bucket", "api-bucket", "--delete",
                "{\"Objects\":[{\"Key\":\"a+b c.txt\"},{\"Key\":\"copy.txt\"}]}");
        assertThat(deleted.path("Deleted")).hasSize(2);
        try (S3Client s3 = S3Clients.pathStyle(harness)) {
            assertThat(s3.listObjectsV2(b -> b.bucket("api-bucket")).contents()).extracting(S3Object::key).isEmpty();
        }

        AwsCli.Result missing = cli.run("s3api", "get-object", "--bucket", "api-bucket", "--key", "gone",
                out.toString());
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.stderr()).contains("An error occurred (NoSuchKey) when calling the GetObject operation: "
                + "The specified key does not exist.");
        AwsCli.Result invalid = cli.run("s3api", "create-bucket", "--bucket", "Bad_Name");
        assertThat(invalid.stderr()).contains("(InvalidBucketName)").contains("The specified bucket is not valid.");
    }
}
