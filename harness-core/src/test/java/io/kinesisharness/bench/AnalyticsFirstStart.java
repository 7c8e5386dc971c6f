package io.kinesisharness.bench;

import io.kinesisharness.internal.analytics.engine.SqlCompiler;
import io.kinesisharness.internal.analytics.sql.ApplicationCompiler;
import java.util.List;

/**
 * Benchmark (not a test): what the first application compiled in a JVM costs (Calcite's classes loading), then the
 * next ones. Run: {@code ./mvnw -q -pl harness-core exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.kinesisharness.bench.AnalyticsFirstStart}.
 */
public final class AnalyticsFirstStart {

    private AnalyticsFirstStart() {
    }

    public static void main(String[] args) throws Exception {
        List<SqlCompiler.InputStream> in = List.of(new SqlCompiler.InputStream(
                "SOURCE_SQL_STREAM_001", List.of("TICKER", "PRICE"), List.of("VARCHAR(8)", "DOUBLE")));
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            ApplicationCompiler.compile(AnalyticsThroughput.TUMBLING, in, () -> 0L, end -> { });
            System.out.printf("compile %d: %.1f ms%n", i + 1, (System.nanoTime() - start) / 1e6);
        }
    }
}
