package io.kinesisharness.kinesis.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.async.SdkPublisher;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEvent;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEventStream;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardResponse;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardResponseHandler;

/**
 * Collects what the SDK delivers for one SubscribeToShard call: the initial response, every event in order, and
 * how the stream ended. Waits are bounded; a test never sleeps to see something arrive.
 */
public final class SubscriptionRecorder implements SubscribeToShardResponseHandler {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final CompletableFuture<Void> initialResponse = new CompletableFuture<>();
    private final BlockingQueue<SubscribeToShardEvent> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private volatile Subscription subscription;
    private final long initialDemand;

    /** Asks for every event as it comes. */
    public SubscriptionRecorder() {
        this(Long.MAX_VALUE);
    }

    /** Asks for only {@code initialDemand} events until {@link #request} asks for more. */
    public SubscriptionRecorder(long initialDemand) {
        this.initialDemand = initialDemand;
    }

    @Override
    public void responseReceived(SubscribeToShardResponse response) {
        initialResponse.complete(null);
    }

    @Override
    public void onEventStream(SdkPublisher<SubscribeToShardEventStream> publisher) {
        publisher.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription s) {
                subscription = s;
                s.request(initialDemand);
            }

            @Override
            public void onNext(SubscribeToShardEventStream event) {
                if (event instanceof SubscribeToShardEvent e) {
                    events.add(e);
                }
            }

            @Override
            public void onError(Throwable t) {
                ended.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                ended.complete(null);
            }
        });
    }

    @Override
    public void exceptionOccurred(Throwable throwable) {
        ended.completeExceptionally(throwable);
    }

    @Override
    public void complete() {
        ended.complete(null);
    }

    public void awaitInitialResponse() throws InterruptedException {
        try {
            initialResponse.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no initial response within " + WAIT + "; stream ended: " + ended, e);
        }
    }

    /** Completes when the initial response arrives. */
    public CompletableFuture<Void> initialResponse() {
        return initialResponse;
    }

    /** The next event, failing the test if none comes within ten seconds. */
    public SubscribeToShardEvent next() throws InterruptedException {
        SubscribeToShardEvent e = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (e == null) {
            throw new AssertionError("no event within " + WAIT + "; stream ended: " + ended);
        }
        return e;
    }

    /** The next event if one comes within {@code wait}, else null. */
    public SubscribeToShardEvent poll(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Events received and not yet taken. */
    public List<SubscribeToShardEvent> drain() {
        List<SubscribeToShardEvent> all = new ArrayList<>();
        events.drainTo(all);
        return all;
    }

    public void request(long n) {
        subscription.request(n);
    }

    public void cancel() {
        subscription.cancel();
    }

    /** Completes when the stream ends: normally, or exceptionally with the error the SDK reported. */
    public CompletableFuture<Void> ended() {
        return ended;
    }
}
