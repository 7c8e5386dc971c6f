package io.kinesisharness.internal.launcher;

import io.kinesisharness.KinesisHarness;
import io.kinesisharness.internal.runtime.Version;
import io.kinesisharness.settings.HarnessSettings;
import io.kinesisharness.settings.ServerSettings;
import io.kinesisharness.settings.Setting;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar kinesis-harness.jar [options]}: the standalone server. Its options are generated from
 * {@link Settings}, so each setting is a flag ({@code --account-id}) and an environment variable
 * ({@code KINESIS_HARNESS_ACCOUNT_ID}); a flag wins over the variable.
 */
public final class Launcher {

    private static final String NETTY_REFLECTION = "io.netty.tryReflectionSetAccessible";

    private Launcher() {
    }

    public static void main(String[] args) {
        // With the jar's Add-Opens, Netty may then allocate direct memory without the JDK zeroing it first (a
        // 2 MB GetRecords answer otherwise costs a zeroed pool chunk now and then). Must precede Netty's loading.
        if (System.getProperty(NETTY_REFLECTION) == null) {
            System.setProperty(NETTY_REFLECTION, "true");
        }
        int code = run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (code >= 0) {
            System.exit(code);
        }
    }

    /**
     * Parses options and starts the server. Returns an exit code when the process should end now (help,
     * version, bad options), or -1 after the server stopped through a shutdown signal.
     */
    static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            Options.usage(err);
            return 2;
        }
        if (options.help()) {
            Options.usage(out);
            return 0;
        }
        if (options.version()) {
            out.println("Kinesis Harness " + Version.current());
            return 0;
        }
        KinesisHarness.Builder builder;
        try {
            builder = configure(options, env);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        KinesisHarness harness;
        try {
            harness = builder.start();
        } catch (RuntimeException e) {
            err.println("Kinesis Harness could not start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            harness.close();
            stopped.countDown();
        }, "kinesis-harness-shutdown"));
        out.println("Kinesis Harness " + Version.current() + " ready on " + harness.endpoint() + " (also "
                + harness.httpsEndpoint() + ") region=" + harness.region() + " account=" + harness.accountId()
                + " clock=" + harness.clock().mode() + " now=" + harness.clock().now());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    /** A builder with every setting from its flag, else its environment variable, else its default. */
    static KinesisHarness.Builder configure(Options options, Map<String, String> env) {
        KinesisHarness.Builder builder = KinesisHarness.builder().port(ServerSettings.PORT.defaultValue());
        for (Setting<?> s : HarnessSettings.ALL) {
            String value = options.values().getOrDefault(s, env.get(s.envVar()));
            if (value != null && !value.isBlank()) {
                builder.setting(s.name(), value);
            }
        }
        return builder;
    }
}
