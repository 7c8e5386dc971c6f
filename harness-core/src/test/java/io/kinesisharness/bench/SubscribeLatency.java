package io.kinesisharness.bench;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEvent;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardResponseHandler;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * Benchmark (not a test): how long a record takes from PutRecord to the SubscribeToShard event that carries it,
 * through the real SDK on both ends (sync Apache client puts, Netty HTTP/2 client subscribes). One record at a
 * time, each put after the previous one was seen, so nothing queues; the time runs from just before the put call
 * to the consumer's handler seeing the record, which includes the put's own round trip. Bounded: a fixed number
 * of records, each waited for at most 5 s. Run: {@code ./mvnw -q -pl harness-core exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.kinesisharness.bench.SubscribeLatency [-Dexec.args=tls]}.
 */
public final class SubscribeLatency {

    private static final int WARMUP = 2_000;
    private static final int MEASURED = 5_000;

    private SubscribeLatency() {
    }

    public static void main(String[] args) throws Exception {
        boolean tls = args.length > 0 && args[0].equals("tls");
        try (KinesisHarness harness = KinesisHarness.builder().clock(ClockMode.SYSTEM).stream("bench", 1).start();
                KinesisClient producer = KinesisClient.builder().endpointOverride(harness.endpoint())
                        .region(Region.of(harness.region())).credentialsProvider(credentials(harness))
                        .httpClientBuilder(Apache5HttpClient.builder()).build();
                KinesisAsyncClient consumer = asyncClient(harness, tls)) {
            String stream = "arn:aws:kinesis:" + harness.region() + ":" + harness.accountId() + ":stream/bench";
            String consumerArn = producer.registerStreamConsumer(b -> b.streamARN(stream).consumerName("bench"))
                    .consumer().consumerARN();
            int total = WARMUP + MEASURED;
            AtomicLongArray seenAt = new AtomicLongArray(total);
            CountDownLatch[] seen = new CountDownLatch[total];
            Arrays.setAll(seen, i -> new CountDownLatch(1));
            CountDownLatch subscribed = new CountDownLatch(1);
            CompletableFuture<Void> call = consumer.subscribeToShard(b -> b.consumerARN(consumerArn)
                    .shardId("shardId-000000000000").startingPosition(p -> p.type(ShardIteratorType.LATEST)),
                    SubscribeToShardResponseHandler.builder()
                            .onResponse(r -> subscribed.countDown())
                            .subscriber(event -> {
                                if (event instanceof SubscribeToShardEvent e) {
                                    long now = System.nanoTime();
                                    for (Record r : e.records()) {
                                        int i = r.data().asByteBuffer().getInt();
                                        seenAt.set(i, now);
                                        seen[i].countDown();
                                    }
                                }
                            })
                            .build());
            if (!subscribed.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no initial response: " + call);
            }
            double[] endToEnd = new double[MEASURED];
            double[] putCall = new double[MEASURED];
            for (int i = 0; i < total; i++) {
                int index = i;
                ByteBuffer data = ByteBuffer.allocate(100).putInt(0, index);
                long before = System.nanoTime();
                producer.putRecord(b -> b.streamName("bench").partitionKey("k").data(SdkBytes.fromByteBuffer(data)));
                long returned = System.nanoTime();
                if (!seen[i].await(5, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("record " + i + " not pushed within 5 s");
                }
                if (i >= WARMUP) {
                    endToEnd[i - WARMUP] = (seenAt.get(i) - before) / 1e3;
                    putCall[i - WARMUP] = (returned - before) / 1e3;
                }
            }
            System.out.println("transport: " + (tls ? "TLS (ALPN h2)" : "h2c prior knowledge") + ", JSON events");
            System.out.println("PutRecord -> pushed event: " + percentiles(endToEnd));
            System.out.println("PutRecord call alone:      " + percentiles(putCall));
        }
    }

    private static KinesisAsyncClient asyncClient(KinesisHarness harness, boolean tls) {
        URI endpoint = tls ? harness.httpsEndpoint() : harness.endpoint();
        return KinesisAsyncClient.builder().endpointOverride(endpoint).region(Region.of(harness.region()))
                .credentialsProvider(credentials(harness))
                .httpClientBuilder(defaults -> NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP2)
                        .buildWithDefaults(AttributeMap.builder()
                                .put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, true).build().merge(defaults)))
                .build();
    }

    private static StaticCredentialsProvider credentials(KinesisHarness harness) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(harness.accessKey(), harness.secretKey()));
    }

    private static String percentiles(double[] micros) {
        double[] v = micros.clone();
        Arrays.sort(v);
        return String.format("p50 %.0f us, p90 %.0f us, p99 %.0f us, max %.0f us (n=%d)", v[v.length / 2],
                v[(int) (v.length * 0.9)], v[(int) (v.length * 0.99)], v[v.length - 1], v.length);
    }
}
