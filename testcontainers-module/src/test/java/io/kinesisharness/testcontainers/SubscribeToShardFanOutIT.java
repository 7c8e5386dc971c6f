package io.kinesisharness.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ConsumerStatus;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEvent;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardResponseHandler;

/**
 * Enhanced fan-out through the container: the SDK's KinesisAsyncClient subscribes over cleartext HTTP/2 to the
 * mapped port and receives records as they are put. Runs in its own failsafe execution, the only one with Netty
 * on its classpath.
 */
class SubscribeToShardFanOutIT extends ContainerIT {


    @Test
    void records_are_pushed_to_a_subscribed_consumer() throws Exception {
        try (KinesisClient kinesis = Harnesses.cbor(harness, new WireLog());
                KinesisAsyncClient async = KinesisAsyncClient.builder().endpointOverride(harness.getEndpoint())
                        .region(Region.of(harness.getRegion()))
                        .credentialsProvider(StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(harness.getAccessKey(), harness.getSecretKey())))
                        .build()) {
            kinesis.createStream(r -> r.streamName("fan-out").shardCount(1));
            String streamArn = kinesis.describeStreamSummary(r -> r.streamName("fan-out"))
                    .streamDescriptionSummary().streamARN();
            var consumer = kinesis.registerStreamConsumer(r -> r.streamARN(streamArn).consumerName("app")).consumer();
            assertThat(kinesis.describeStreamConsumer(r -> r.consumerARN(consumer.consumerARN()))
                    .consumerDescription().consumerStatus()).isEqualTo(ConsumerStatus.ACTIVE);

            LinkedBlockingQueue<Record> received = new LinkedBlockingQueue<>();
            CompletableFuture<Void> initial = new CompletableFuture<>();
            SubscribeToShardResponseHandler handler = SubscribeToShardResponseHandler.builder()
                    .onResponse(r -> initial.complete(null))
                    .onError(initial::completeExceptionally)
                    .subscriber(event -> {
                        if (event instanceof SubscribeToShardEvent e) {
                            received.addAll(e.records());
                        }
                    })
                    .build();
            CompletableFuture<Void> subscription = async.subscribeToShard(r -> r.consumerARN(consumer.consumerARN())
                    .shardId("shardId-000000000000").startingPosition(p -> p.type(ShardIteratorType.LATEST)), handler);
            initial.get(30, TimeUnit.SECONDS);

            for (int i = 0; i < 5; i++) {
                Records.put(kinesis, "fan-out", "k", "pushed " + i);
            }
            List<String> texts = new ArrayList<>();
            while (texts.size() < 5) {
                Record r = received.poll(30, TimeUnit.SECONDS);
                assertThat(r).as("record %d pushed within 30 s", texts.size()).isNotNull();
                texts.add(r.data().asUtf8String());
            }
            assertThat(texts).containsExactly("pushed 0", "pushed 1", "pushed 2", "pushed 3", "pushed 4");
            subscription.cancel(true);
        }
    }
}
