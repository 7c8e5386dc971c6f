package io.kinesisharness.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The AWS CLI run against a harness as a developer runs it from a shell, with a profile of its own. Tests using it
 * are skipped where no {@code aws} is installed, except on CI (env CI=true), where a missing CLI is a failure.
 */
public final class AwsCli {

    /** Generous: the bound only keeps a hung command from hanging the suite. */
    private static final long TIMEOUT_SECONDS = 180;

    private final ObjectMapper json = new ObjectMapper();
    private final Path aws;
    private final Path home;
    private final URI endpoint;

    private AwsCli(Path aws, Path home, URI endpoint) {
        this.aws = aws;
        this.home = home;
        this.endpoint = endpoint;
    }

    /** The CLI on PATH for a harness at this endpoint; aborts (or, on CI, fails) the test when there is none. */
    public static AwsCli forEndpoint(URI endpoint) throws IOException {
        Path aws = findOnPath("aws");
        if (aws == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("The AWS CLI ('aws') is not on PATH, but CI=true: install it (Debian: awscli) for this test");
            }
            Assumptions.abort("The AWS CLI ('aws') is not on PATH; install it to run this test");
        }
        return new AwsCli(aws, Files.createTempDirectory("harness-cli-home"), endpoint);
    }

    /** A command's exit code and output. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs a command that must succeed; its JSON output (an empty object when it printed nothing). */
    public JsonNode json(String... args) {
        return parse(args, run(args));
    }

    /** Runs commands side by side (each CLI start costs about a second); their JSON outputs in order. */
    public List<JsonNode> parallel(String[]... commands) throws Exception {
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

    /** Runs a command that must succeed; its plain output. */
    public String text(String... args) {
        Result r = run(args);
        assertThat(r.exitCode()).as("aws %s failed: %s", String.join(" ", args), r.stderr()).isZero();
        return r.stdout();
    }

    public Result run(String... args) {
        try {
            return runCli(args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String[] args, Result r) {
        assertThat(r.exitCode()).as("aws %s failed: %s", String.join(" ", args), r.stderr()).isZero();
        try {
            return r.stdout().isBlank() ? json.createObjectNode() : json.readTree(r.stdout());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result runCli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(aws.toString(), "--endpoint-url", endpoint.toString(),
                "--output", "json"));
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
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("aws " + String.join(" ", args) + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
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
