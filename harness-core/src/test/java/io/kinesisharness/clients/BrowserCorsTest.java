package io.kinesisharness.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kinesisharness.KinesisHarness;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS SDK for JavaScript v3 in a real browser (headless Chromium) on a page served from another origin than
 * the harness: every call is a cross-origin request the browser preflights, so it works only if CORS is served as
 * AWS serves it. The page is bundled with esbuild from src/test/js (installed by .ci/run with npm ci, as is
 * Debian's Chromium); without them the test is skipped, except in CI.
 */
class BrowserCorsTest {

    private static final Path JS = Path.of("src", "test", "js");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Generous: it bounds a hung browser, not the speed of a working one. */
    private static final long RESULT_TIMEOUT_SECONDS = 120;

    @Test
    void the_javascript_sdk_in_a_browser_page_on_another_origin_talks_to_the_harness(
            @TempDir(cleanup = CleanupMode.NEVER) Path dir)
            throws Exception {
        boolean ready = Files.isExecutable(CHROMIUM) && Files.isDirectory(JS.resolve("node_modules/esbuild"));
        if (!ready && "true".equals(System.getenv("CI"))) {
            fail("Chromium (/usr/bin/chromium) and the JS packages (npm ci in src/test/js) are needed on CI");
        }
        assumeTrue(ready, "Install Debian's chromium and run `npm ci` in harness-core/src/test/js to include this test");
        byte[] bundle = bundle(dir);
        CompletableFuture<String> result = new CompletableFuture<>();
        HttpServer page = pageServer(bundle, result);
        try (KinesisHarness harness = KinesisHarness.builder().start()) {
            String url = "http://127.0.0.1:" + page.getAddress().getPort() + "/index.html#"
                    + URLEncoder.encode(harness.endpoint().toString(), StandardCharsets.UTF_8);
            Process browser = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), url)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
            String json;
            try {
                json = result.get(RESULT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("The page reported nothing; Chromium said: "
                        + Files.readString(dir.resolve("chromium.log")), e);
            } finally {
                stop(browser, dir.resolve("profile"));
            }
            JsonNode out = new ObjectMapper().readTree(json);

            assertThat(out.has("failure")).as("the page failed: %s", out).isFalse();
            assertThat(out.get("records")).extracting(JsonNode::asText).containsExactly("from the browser");
            assertThat(out.get("sequenceNumber").asText()).matches("\\d{56}");
            // Readable only because the answer exposes the request-id headers to the page.
            assertThat(out.get("requestId").asText()).isNotBlank();
            assertThat(out.get("error").get("name").asText()).isEqualTo("ResourceNotFoundException");
            assertThat(out.get("error").get("message").asText())
                    .isEqualTo("Stream missing under account 000000000000 not found.");
        } finally {
            page.stop(0);
        }
    }

    private static byte[] bundle(Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("page.js");
        // The package installs esbuild's native binary under its own name.
        Process p = new ProcessBuilder(JS.resolve("node_modules/esbuild/bin/esbuild").toAbsolutePath().toString(),
                "browser/kinesis-page.mjs",
                "--bundle", "--format=esm", "--platform=browser", "--log-level=warning", "--outfile=" + out)
                .directory(JS.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("esbuild finished").isTrue();
        assertThat(p.exitValue()).as("esbuild said: %s", log).isZero();
        return Files.readAllBytes(out);
    }

    /** The page's own origin: the HTML, the bundle, and where the page posts what it saw. */
    private static HttpServer pageServer(byte[] bundle, CompletableFuture<String> result) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] html = "<!doctype html><html><body><script type=\"module\" src=\"page.js\"></script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/index.html", e -> reply(e, "text/html", html));
        server.createContext("/page.js", e -> reply(e, "text/javascript", bundle));
        server.createContext("/result", e -> {
            result.complete(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            reply(e, "text/plain", new byte[0]);
        });
        server.start();
        return server;
    }

    private static void reply(HttpExchange e, String type, byte[] body) throws IOException {
        e.getResponseHeaders().put("Content-Type", List.of(type));
        e.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Stops Chromium and every process it started (renderers keep writing to the profile after the main process
     * dies), then removes its directory as far as it can: a file a stray helper still holds must not fail the test.
     */
    private static void stop(Process browser, Path profile) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(browser.descendants().toList());
        tree.add(browser.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
                // it is gone or going; the directory is removed best-effort below
            }
        }
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // a file a stray helper still holds stays in the temporary directory
        }
    }
}
