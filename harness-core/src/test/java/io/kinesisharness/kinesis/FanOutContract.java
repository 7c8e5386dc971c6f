package io.kinesisharness.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.kinesis.support.AsyncKinesisClients;
import io.kinesisharness.kinesis.support.ContentTypeRecorder;
import io.kinesisharness.kinesis.support.SubscriptionRecorder;
import io.kinesisharness.kinesis.support.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.StartingPosition;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardRequest;

/**
 * The frame of the SubscribeToShard suites: a harness per class (MANUAL clock), the sync client of
 * {@link KinesisContract} for everything else, and an SDK {@link KinesisAsyncClient} on the Netty HTTP/2 client in
 * the suite's encoding and transport for the subscriptions.
 */
@Timeout(60)
abstract class FanOutContract extends KinesisContract {

    protected KinesisAsyncClient async;
    /** The async client's own: the SDK sends SubscribeToShard as JSON even from a CBOR client. */
    protected final ContentTypeRecorder subscribeContentTypes = new ContentTypeRecorder();

    protected abstract AsyncKinesisClients.Transport transport();

    @BeforeAll
    void createAsyncClient() {
        async = AsyncKinesisClients.create(harness, wire(), transport(), subscribeContentTypes);
    }

    @AfterEach
    void subscriptionsTravelAsJson() {
        assertThat(subscribeContentTypes.seen()).allSatisfy(ct -> assertThat(ct).isEqualTo(Wire.JSON.contentType()));
        subscribeContentTypes.clear();
    }

    @AfterAll
    void closeAsyncClient() {
        if (async != null) {
            async.close();
        }
    }

    protected String register(String stream, String name) {
        return kinesis.registerStreamConsumer(b -> b.streamARN(arn(stream)).consumerName(name)).consumer()
                .consumerARN();
    }

    protected PutRecordResponse put(String stream, String data) {
        return kinesis.putRecord(b -> b.streamName(stream).partitionKey("k").data(SdkBytes.fromUtf8String(data)));
    }

    static StartingPosition latest() {
        return position(p -> p.type("LATEST"));
    }

    static StartingPosition position(Consumer<StartingPosition.Builder> spec) {
        StartingPosition.Builder b = StartingPosition.builder();
        spec.accept(b);
        return b.build();
    }

    static SubscribeToShardRequest request(String consumerArn, String shardId, StartingPosition position) {
        return SubscribeToShardRequest.builder().consumerARN(consumerArn).shardId(shardId)
                .startingPosition(position).build();
    }

    /** Subscribes and waits for the initial response. */
    protected SubscriptionRecorder subscribe(String consumerArn, String shardId, StartingPosition position)
            throws InterruptedException {
        return subscribe(consumerArn, shardId, position, new SubscriptionRecorder());
    }

    protected SubscriptionRecorder subscribe(String consumerArn, String shardId, StartingPosition position,
            SubscriptionRecorder sub) throws InterruptedException {
        async.subscribeToShard(request(consumerArn, shardId, position), sub);
        sub.awaitInitialResponse();
        return sub;
    }

    /**
     * Subscribes once the server has noticed that the previous subscription's client went away: the reset or
     * close travels on its own, so this retries a refused call for a few seconds (a subscription that is never
     * freed keeps failing, as the MANUAL clock never reaches the takeover).
     */
    protected SubscriptionRecorder subscribeEventually(String consumerArn, String shardId, StartingPosition position)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (true) {
            SubscriptionRecorder sub = new SubscriptionRecorder();
            CompletableFuture<Void> call = async.subscribeToShard(request(consumerArn, shardId, position), sub);
            CompletableFuture.anyOf(sub.initialResponse(), call).exceptionally(e -> null).get(10, TimeUnit.SECONDS);
            if (sub.initialResponse().isDone()) {
                return sub;
            }
            try {
                call.join();
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof ResourceInUseException) || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(20);
        }
    }

    /** The subscribe call as a callable that throws what the SDK reported. */
    ThrowingCallable call(String consumerArn, String shardId, StartingPosition position) {
        return () -> {
            try {
                async.subscribeToShard(request(consumerArn, shardId, position), new SubscriptionRecorder()).join();
            } catch (CompletionException e) {
                throw e.getCause();
            }
        };
    }

    static List<Record> records(SubscriptionRecorder sub, int count) throws InterruptedException {
        List<Record> records = new ArrayList<>();
        while (records.size() < count) {
            records.addAll(sub.next().records());
        }
        return records;
    }

    static Throwable endedWithError(SubscriptionRecorder sub) throws InterruptedException {
        try {
            sub.ended().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable t = e.getCause();
            return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the subscription did not end", e);
        }
        throw new AssertionError("the subscription ended without an error");
    }
}
