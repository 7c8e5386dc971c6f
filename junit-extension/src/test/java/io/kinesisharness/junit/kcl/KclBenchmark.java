package io.kinesisharness.junit.kcl;

import io.kinesisharness.KinesisHarness;
import io.kinesisharness.junit.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.kinesis.lifecycle.events.InitializationInput;
import software.amazon.kinesis.lifecycle.events.LeaseLostInput;
import software.amazon.kinesis.lifecycle.events.ProcessRecordsInput;
import software.amazon.kinesis.lifecycle.events.ShardEndedInput;
import software.amazon.kinesis.lifecycle.events.ShutdownRequestedInput;
import software.amazon.kinesis.processor.ShardRecordProcessor;

/**
 * Benchmark (not a test): a {@link KclWorker}'s time from {@code start()} to its first {@code processRecords} (the
 * first worker in the JVM, then five more, each a new application on a stream that already holds a record), and
 * the records per second a worker processes (checkpointing every batch) from a 4-shard stream prefilled with
 * 200,000 records of 100 B, polling and fan-out. Run: {@code ./mvnw -q -pl junit-extension exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.kinesisharness.junit.kcl.KclBenchmark}.
 */
public final class KclBenchmark {

    private static final Duration LIMIT = Duration.ofMinutes(5);

    private KclBenchmark() {
    }

    public static void main(String[] args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        try (KinesisHarness harness = KinesisHarness.builder().stream("first", 2).stream("bulk", 4).start();
                KinesisClient kinesis = KinesisClient.builder().endpointOverride(harness.endpoint())
                        .region(Region.of(harness.region())).credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(harness.accessKey(), harness.secretKey()))).build()) {
            kinesis.putRecord(b -> b.streamName("first").partitionKey("k").data(SdkBytes.fromUtf8String("x")));
            double[] starts = new double[6];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = firstRecordMillis(harness, "app-" + i);
            }
            double[] warm = Arrays.copyOfRange(starts, 1, starts.length);
            Arrays.sort(warm);
            System.out.printf("start to first processRecords: first in JVM %.0f ms; then median %.0f ms (min %.0f, "
                    + "max %.0f)%n", starts[0], warm[warm.length / 2], warm[0], warm[warm.length - 1]);

            fill(kinesis, records);
            for (boolean fanOut : new boolean[] {false, true}) {
                AtomicLong seen = new AtomicLong();
                AtomicLong firstAt = new AtomicLong();
                KclWorker.Builder b = KclWorker.builder(harness).stream("bulk")
                        .applicationName("bulk-" + (fanOut ? "fanout" : "polling"))
                        .processor(() -> new Counting(seen, firstAt));
                if (fanOut) {
                    b.fanOut();
                }
                try (KclWorker worker = b.start()) {
                    Await.until(records + " records", LIMIT, () -> seen.get() >= records);
                    double seconds = (System.nanoTime() - firstAt.get()) / 1e9;
                    System.out.printf("%s: %d records in %.2f s from the first: %.0f records/s%n",
                            fanOut ? "fan-out" : "polling", seen.get(), seconds, seen.get() / seconds);
                }
            }
        }
    }

    private static double firstRecordMillis(KinesisHarness harness, String app) {
        AtomicLong seen = new AtomicLong();
        AtomicLong firstAt = new AtomicLong();
        long started = System.nanoTime();
        try (KclWorker worker = KclWorker.builder(harness).stream("first").applicationName(app)
                .processor(() -> new Counting(seen, firstAt)).start()) {
            Await.until("the first record", LIMIT, () -> seen.get() > 0);
            return (firstAt.get() - started) / 1e6;
        }
    }

    private static void fill(KinesisClient kinesis, int records) {
        byte[] data = new byte[100];
        for (int from = 0; from < records; from += 500) {
            List<PutRecordsRequestEntry> batch = new ArrayList<>();
            for (int i = from; i < Math.min(records, from + 500); i++) {
                batch.add(PutRecordsRequestEntry.builder().partitionKey("k" + i).data(SdkBytes.fromByteArray(data))
                        .build());
            }
            if (kinesis.putRecords(b -> b.streamName("bulk").records(batch)).failedRecordCount() != 0) {
                throw new IllegalStateException("put failed");
            }
        }
    }

    /** Counts records, checkpointing every batch as a real processor would. */
    private static final class Counting implements ShardRecordProcessor {
        private final AtomicLong seen;
        private final AtomicLong firstAt;

        Counting(AtomicLong seen, AtomicLong firstAt) {
            this.seen = seen;
            this.firstAt = firstAt;
        }

        @Override
        public void initialize(InitializationInput input) {
        }

        @Override
        public void processRecords(ProcessRecordsInput input) {
            if (input.records().isEmpty()) {
                return;
            }
            firstAt.compareAndSet(0, System.nanoTime());
            seen.addAndGet(input.records().size());
            try {
                input.checkpointer().checkpoint();
            } catch (Exception e) {
                // lease moved on; a benchmark counts what it saw
            }
        }

        @Override
        public void leaseLost(LeaseLostInput input) {
        }

        @Override
        public void shardEnded(ShardEndedInput input) {
        }

        @Override
        public void shutdownRequested(ShutdownRequestedInput input) {
        }
    }
}
