package io.kinesisharness.samples.orders;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.KinesisException;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;

/**
 * Publishes orders in PutRecords batches of up to 500. Entries that fail on their own (AWS reports them in
 * the response, not as an exception) and whole calls that are throttled are retried with exponential backoff,
 * up to a bound; what could not be published is reported, never silently dropped.
 */
public final class OrderPublisher {

    private static final int MAX_BATCH = 500;

    private final KinesisClient kinesis;
    private final String stream;
    private final int maxAttempts;
    private final Backoff backoff;

    /** How the publisher waits between attempts; production code sleeps, tests need not. */
    @FunctionalInterface
    public interface Backoff {
        void pause(Duration duration);

        Backoff SLEEP = d -> {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while backing off", e);
            }
        };
    }

    public OrderPublisher(KinesisClient kinesis, String stream, int maxAttempts, Backoff backoff) {
        this.kinesis = kinesis;
        this.stream = stream;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    /** Publishes every order or throws {@link PublishFailedException} naming those that could not be. */
    public void publish(List<OrderEvent> orders) {
        for (int from = 0; from < orders.size(); from += MAX_BATCH) {
            publishBatch(orders.subList(from, Math.min(orders.size(), from + MAX_BATCH)));
        }
    }

    private void publishBatch(List<OrderEvent> batch) {
        List<OrderEvent> pending = batch;
        for (int attempt = 1; ; attempt++) {
            pending = tryOnce(pending);
            if (pending.isEmpty()) {
                return;
            }
            if (attempt == maxAttempts) {
                throw new PublishFailedException(pending, attempt);
            }
            backoff.pause(Duration.ofMillis(50L << Math.min(attempt - 1, 6)));
        }
    }

    /** One PutRecords call; returns the orders that must be tried again. */
    private List<OrderEvent> tryOnce(List<OrderEvent> orders) {
        List<PutRecordsRequestEntry> entries = orders.stream().map(o -> PutRecordsRequestEntry.builder()
                .partitionKey(o.customerId()).data(SdkBytes.fromByteArray(o.toJson())).build()).toList();
        PutRecordsResponse response;
        try {
            response = kinesis.putRecords(r -> r.streamName(stream).records(entries));
        } catch (ProvisionedThroughputExceededException e) {
            return orders;
        } catch (KinesisException e) {
            if (e.statusCode() >= 500) {
                return orders;
            }
            throw e;
        }
        if (response.failedRecordCount() == 0) {
            return List.of();
        }
        List<OrderEvent> failed = new ArrayList<>();
        List<PutRecordsResultEntry> results = response.records();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).errorCode() != null) {
                failed.add(orders.get(i));
            }
        }
        return failed;
    }

    /** Orders that could not be published within the attempt bound. */
    public static final class PublishFailedException extends RuntimeException {
        private final List<OrderEvent> unpublished;

        PublishFailedException(List<OrderEvent> unpublished, int attempts) {
            super(unpublished.size() + " orders not published after " + attempts + " attempts");
            this.unpublished = List.copyOf(unpublished);
        }

        public List<OrderEvent> unpublished() {
            return unpublished;
        }
    }
}
