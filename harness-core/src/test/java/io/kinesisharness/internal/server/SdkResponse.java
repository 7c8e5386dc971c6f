package io.kinesisharness.internal.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;
import software.amazon.awssdk.http.async.SdkHttpContentPublisher;

/** Collects what the SDK's HTTP client delivers, chunk by chunk, for the tests to wait on. */
final class SdkResponse implements SdkAsyncHttpResponseHandler {

    private final CompletableFuture<Integer> status = new CompletableFuture<>();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final BlockingQueue<String> chunks = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    @Override
    public void onHeaders(SdkHttpResponse headers) {
        status.complete(headers.statusCode());
    }

    @Override
    public void onStream(Publisher<ByteBuffer> stream) {
        stream.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer buffer) {
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                synchronized (received) {
                    received.writeBytes(bytes);
                }
                chunks.add(new String(bytes, StandardCharsets.UTF_8));
            }

            @Override
            public void onError(Throwable error) {
                body.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                synchronized (received) {
                    body.complete(received.toByteArray());
                }
            }
        });
    }

    @Override
    public void onError(Throwable error) {
        status.completeExceptionally(error);
        body.completeExceptionally(error);
    }

    int status() throws Exception {
        return status.get(30, TimeUnit.SECONDS);
    }

    byte[] bodyBytes() throws Exception {
        return body.get(30, TimeUnit.SECONDS);
    }

    String body() throws Exception {
        return new String(bodyBytes(), StandardCharsets.UTF_8);
    }

    boolean isComplete() {
        return body.isDone();
    }

    String nextChunk() throws Exception {
        String chunk = chunks.poll(10, TimeUnit.SECONDS);
        if (chunk == null) {
            throw new AssertionError("no response chunk within 10 s; body done: " + body.isDone());
        }
        return chunk;
    }

    /** A request body the SDK client can replay, emitted as a single buffer. */
    static final class BytesPublisher implements SdkHttpContentPublisher {
        private final byte[] bytes;

        BytesPublisher(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public Optional<Long> contentLength() {
            return Optional.of((long) bytes.length);
        }

        @Override
        public void subscribe(Subscriber<? super ByteBuffer> subscriber) {
            subscriber.onSubscribe(new Subscription() {
                private boolean done;

                @Override
                public void request(long n) {
                    if (!done && n > 0) {
                        done = true;
                        if (bytes.length > 0) {
                            subscriber.onNext(ByteBuffer.wrap(bytes));
                        }
                        subscriber.onComplete();
                    }
                }

                @Override
                public void cancel() {
                    done = true;
                }
            });
        }
    }
}
