package io.kinesisharness.bench;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.Record;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;

/**
 * Benchmark (not a test): Firehose PutRecordBatch of 500 records of 100 B and of 1 KiB into a DirectPut stream
 * delivering to the harness's object store, beside Kinesis PutRecords of the same batches, one client thread each,
 * in one run so the figures compare; then the delivery of 100,000 buffered records of 1 KiB (the clock advance that
 * writes them). A MANUAL-clock harness is started here. Run: {@code ./mvnw -q -pl harness-core exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.kinesisharness.bench.FirehoseThroughput -Dexec.args="--seconds 5"}.
 */
public final class FirehoseThroughput {

    private FirehoseThroughput() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 1 && "--seconds".equals(args[0]) ? Double.parseDouble(args[1]) : 5;
        try (KinesisHarness harness = KinesisHarness.builder().clock(ClockMode.MANUAL).bucket("bench").start()) {
            var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("000000000000", "x"));
            try (KinesisClient kinesis = KinesisClient.builder().endpointOverride(harness.endpoint())
                    .region(Region.US_EAST_1).credentialsProvider(credentials)
                    .httpClientBuilder(ApacheHttpClient.builder())
                    .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build();
                 FirehoseClient firehose = FirehoseClient.builder().endpointOverride(harness.endpoint())
                    .region(Region.US_EAST_1).credentialsProvider(credentials)
                    .httpClientBuilder(ApacheHttpClient.builder())
                    .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build()) {
                kinesis.createStream(b -> b.streamName("bench").shardCount(4));
                for (String name : List.of("warm", "small", "large", "held")) {
                    firehose.createDeliveryStream(b -> b.deliveryStreamName(name)
                            .extendedS3DestinationConfiguration(s -> s.bucketARN("arn:aws:s3:::bench")
                                    .roleARN("arn:aws:iam::000000000000:role/f")
                                    .bufferingHints(h -> h.sizeInMBs(128).intervalInSeconds(900))));
                }
                for (int size : new int[] {100, 1024}) {
                    List<Record> records = firehoseBatch(size);
                    List<PutRecordsRequestEntry> entries = kinesisBatch(size);
                    run("warm-up", seconds, 0, () -> {
                        firehose.putRecordBatch(b -> b.deliveryStreamName("warm").records(records));
                        kinesis.putRecords(b -> b.streamName("bench").records(entries));
                    });
                    run("kinesis PutRecords 500 x " + size + " B", seconds, 500, () ->
                            kinesis.putRecords(b -> b.streamName("bench").records(entries)));
                    String stream = size == 100 ? "small" : "large";
                    run("firehose PutRecordBatch 500 x " + size + " B", seconds, 500, () ->
                            firehose.putRecordBatch(b -> b.deliveryStreamName(stream).records(records)));
                    harness.reset();
                    kinesis.createStream(b -> b.streamName("bench").shardCount(4));
                    for (String name : List.of("warm", "small", "large", "held")) {
                        firehose.createDeliveryStream(b -> b.deliveryStreamName(name)
                                .extendedS3DestinationConfiguration(s -> s.bucketARN("arn:aws:s3:::bench")
                                        .roleARN("arn:aws:iam::000000000000:role/f")
                                        .bufferingHints(h -> h.sizeInMBs(128).intervalInSeconds(900))));
                    }
                }
                List<Record> kib = firehoseBatch(1024);
                for (int i = 0; i < 200; i++) {
                    firehose.putRecordBatch(b -> b.deliveryStreamName("held").records(kib));
                }
                long start = System.nanoTime();
                harness.clock().advance(Duration.ofSeconds(900));
                double ms = (System.nanoTime() - start) / 1e6;
                int delivered = harness.firehose().deliveries("held").stream().mapToInt(d -> d.records().size()).sum();
                System.out.printf("delivery of %d buffered records of 1 KiB (clock advance -> object written): "
                        + "%.0f ms%n", delivered, ms);
            }
        }
    }

    private static List<Record> firehoseBatch(int size) {
        List<Record> records = new ArrayList<>();
        Random random = new Random(size);
        for (int i = 0; i < 500; i++) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            records.add(Record.builder().data(SdkBytes.fromByteArray(data)).build());
        }
        return records;
    }

    private static List<PutRecordsRequestEntry> kinesisBatch(int size) {
        List<PutRecordsRequestEntry> entries = new ArrayList<>();
        Random random = new Random(size);
        for (int i = 0; i < 500; i++) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            entries.add(PutRecordsRequestEntry.builder().partitionKey("k" + i).data(SdkBytes.fromByteArray(data))
                    .build());
        }
        return entries;
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void run(String name, double seconds, int recordsPerCall, Call call) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        int n = 0;
        while (System.nanoTime() < end && n < 1_000_000) {
            call.run();
            n++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (recordsPerCall > 0) {
            System.out.printf("%-36s %9.0f records/s  %7.0f calls/s%n", name, n * (double) recordsPerCall / elapsed,
                    n / elapsed);
        }
    }
}
