package io.kinesisharness.bench;

import io.kinesisharness.KinesisHarness;
import java.net.URI;
import java.util.Arrays;
import java.util.Random;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Benchmark (not a test): S3 PutObject and GetObject of 1 KiB and 1 MiB objects beside Kinesis PutRecord, one
 * client thread each, SDK v2 defaults (flexible checksums, chunked uploads), in one run so the figures compare.
 * Against a running server ({@code --endpoint http://127.0.0.1:4567}) or, without it, one started here. Run:
 * {@code ./mvnw -q -pl harness-core exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.kinesisharness.bench.S3Throughput -Dexec.args="--seconds 5"}.
 */
public final class S3Throughput {

    private S3Throughput() {
    }

    public static void main(String[] args) throws Exception {
        URI endpoint = null;
        double seconds = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--endpoint" -> endpoint = URI.create(args[i + 1]);
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        KinesisHarness local = endpoint == null ? KinesisHarness.builder().start() : null;
        URI target = endpoint != null ? endpoint : local.endpoint();
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("000000000000", "x"));
        try (KinesisClient kinesis = KinesisClient.builder().endpointOverride(target).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build();
             S3Client s3 = S3Client.builder().endpointOverride(target).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClientBuilder(ApacheHttpClient.builder())
                .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build()) {
            String stream = "bench-" + System.nanoTime();
            String bucket = "bench-" + System.nanoTime();
            kinesis.createStream(b -> b.streamName(stream).shardCount(4));
            s3.createBucket(b -> b.bucket(bucket));
            byte[] record = bytes(100);
            byte[] kib = bytes(1024);
            byte[] mib = bytes(1024 * 1024);
            s3.putObject(b -> b.bucket(bucket).key("k1"), RequestBody.fromBytes(kib));
            s3.putObject(b -> b.bucket(bucket).key("m1"), RequestBody.fromBytes(mib));
            // Warm-up: JIT and class loading of both paths, client and server.
            run("warm-up", seconds, 0, i -> {
                kinesis.putRecord(b -> b.streamName(stream).partitionKey("k" + i).data(SdkBytes.fromByteArray(record)));
                s3.putObject(b -> b.bucket(bucket).key("w" + (i % 50)), RequestBody.fromBytes(kib));
                s3.getObjectAsBytes(b -> b.bucket(bucket).key("k1"));
            });
            run("kinesis PutRecord 100 B", seconds, 100, i -> kinesis.putRecord(b -> b.streamName(stream)
                    .partitionKey("k" + i).data(SdkBytes.fromByteArray(record))));
            run("s3 PutObject 1 KiB", seconds, 1024, i -> s3.putObject(b -> b.bucket(bucket).key("k" + (i % 1000)),
                    RequestBody.fromBytes(kib)));
            run("s3 GetObject 1 KiB", seconds, 1024, i -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("k1")));
            run("s3 PutObject 1 MiB", seconds, mib.length, i -> s3.putObject(b -> b.bucket(bucket)
                    .key("m" + (i % 20)), RequestBody.fromBytes(mib)));
            run("s3 GetObject 1 MiB", seconds, mib.length, i -> s3.getObjectAsBytes(b -> b.bucket(bucket).key("m1")));
        } finally {
            if (local != null) {
                local.close();
            }
        }
    }

    private interface Call {
        void run(int i) throws Exception;
    }

    private static void run(String name, double seconds, long bytesPerCall, Call call) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        double[] ms = new double[200_000];
        int n = 0;
        long start = System.nanoTime();
        while (System.nanoTime() < end && n < ms.length) {
            long a = System.nanoTime();
            call.run(n);
            ms[n++] = (System.nanoTime() - a) / 1e6;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (bytesPerCall == 0) {
            return;
        }
        double[] done = Arrays.copyOf(ms, n);
        Arrays.sort(done);
        System.out.printf("%-26s %9.0f req/s %8.1f MB/s  p50 %6.2f ms  p99 %6.2f ms  (%d calls)%n", name, n / elapsed,
                n * (double) bytesPerCall / elapsed / 1e6, done[n / 2], done[Math.min(n - 1, (int) (n * 0.99))], n);
    }

    private static byte[] bytes(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }
}
