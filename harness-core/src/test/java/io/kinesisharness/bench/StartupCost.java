package io.kinesisharness.bench;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/**
 * Benchmark (not a test): what a test suite pays per harness. Prints the first start in this JVM, then
 * percentiles of later starts (start + first answered request + close) and of resets of a harness holding a
 * few streams. Run: {@code ./mvnw -q -pl harness-core exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.kinesisharness.bench.StartupCost}.
 */
public final class StartupCost {

    private StartupCost() {
    }

    public static void main(String[] args) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        try (KinesisHarness first = KinesisHarness.builder().clock(ClockMode.MANUAL).stream("s", 2).start()) {
            long started = System.nanoTime();
            health(http, first);
            long answered = System.nanoTime();
            System.out.printf("first harness in JVM: start %.1f ms, first answer %.1f ms%n",
                    ms(started - t0), ms(answered - started));
        }
        int n = 200;
        double[] starts = new double[n];
        double[] startToAnswer = new double[n];
        for (int i = 0; i < n; i++) {
            long a = System.nanoTime();
            try (KinesisHarness h = KinesisHarness.builder().clock(ClockMode.MANUAL).stream("s", 2).start()) {
                long b = System.nanoTime();
                health(http, h);
                starts[i] = ms(b - a);
                startToAnswer[i] = ms(System.nanoTime() - a);
            }
        }
        System.out.println("later harness start:          " + percentiles(starts));
        System.out.println("later start + first answer:   " + percentiles(startToAnswer));
        try (KinesisHarness h = KinesisHarness.builder().clock(ClockMode.MANUAL).stream("a", 4).stream("b", 4)
                .start()) {
            double[] resets = new double[1000];
            for (int i = 0; i < resets.length; i++) {
                long a = System.nanoTime();
                h.reset();
                resets[i] = ms(System.nanoTime() - a);
            }
            System.out.println("reset (two 4-shard streams):  " + percentiles(resets));
        }
    }

    private static void health(HttpClient http, KinesisHarness h) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(h.endpoint() + "/_harness/health"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("health answered " + r.statusCode());
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String percentiles(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return String.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (n=%d)", v[v.length / 2],
                v[(int) (v.length * 0.9)], v[(int) (v.length * 0.99)], v.length);
    }
}
