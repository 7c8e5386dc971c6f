package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.firehose.FirehoseDelivery;
import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import io.kinesisharness.internal.lambda.access.FunctionInvoker;
import io.kinesisharness.internal.glue.access.TableCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Delivery for every delivery stream of a harness: records in, buffers sealed on the harness clock, batches out to
 * their destinations, and the log of what went where.
 */
public final class Deliveries {

    private final Map<DeliveryStream, StreamDelivery> streams = new ConcurrentHashMap<>();
    private final StreamDelivery.Parts parts;

    /** @param functions the Lambda stand-ins transformations call (asked for only when one is configured) */
    public Deliveries(HarnessScheduler scheduler, ObjectTarget objects, Supplier<FunctionInvoker> functions,
            Supplier<TableCatalog> catalog) {
        this(scheduler, objects, memoize(JdkHttpPoster::new), functions, catalog);
    }

    /** With a poster of the caller's (tests of the delivery rules without a socket). */
    public Deliveries(HarnessScheduler scheduler, ObjectTarget objects, Supplier<HttpPoster> poster,
            Supplier<FunctionInvoker> functions, Supplier<TableCatalog> catalog) {
        S3Writer writer = new S3Writer(objects);
        this.parts = new StreamDelivery.Parts(scheduler, writer, poster, new CaptureSink.Factory(writer), functions,
                catalog);
    }

    /** Starts delivering for a new stream (records put before it is ACTIVE are refused by the caller). */
    public void start(DeliveryStream stream) {
        streams.put(stream, new StreamDelivery(stream, parts));
    }

    /** Receivers of what each stream takes (Kinesis Data Analytics' Firehose inputs). */
    private final Map<DeliveryStream, List<Consumer<List<InputRecord>>>> taps = new ConcurrentHashMap<>();

    /**
     * Hands the receiver every record the stream takes until the returned handle is run; a stream's entry goes with
     * its last receiver, so streams tapped once and deleted since are not kept.
     */
    public Runnable tap(DeliveryStream stream, Consumer<List<InputRecord>> receiver) {
        taps.compute(stream, (s, l) -> {
            List<Consumer<List<InputRecord>>> out = l == null ? new CopyOnWriteArrayList<>() : l;
            out.add(receiver);
            return out;
        });
        return () -> taps.computeIfPresent(stream, (s, l) -> {
            l.remove(receiver);
            return l.isEmpty() ? null : l;
        });
    }

    public void put(DeliveryStream stream, List<InputRecord> records) {
        List<Consumer<List<InputRecord>>> tapped = taps.get(stream);
        if (tapped != null) {
            tapped.forEach(t -> t.accept(records));
        }
        StreamDelivery d = streams.get(stream);
        if (d != null) {
            d.put(records);
        }
    }

    public void flush(DeliveryStream stream) {
        StreamDelivery d = streams.get(stream);
        if (d != null) {
            d.flush();
        }
    }

    public void flushAll() {
        for (StreamDelivery d : new ArrayList<>(streams.values())) {
            d.flush();
        }
    }

    /** Stops a deleted stream's delivery, discarding what it buffered (AWS does not flush on delete). */
    public void stop(DeliveryStream stream) {
        StreamDelivery d = streams.remove(stream);
        if (d != null) {
            d.stop();
        }
    }

    /** The stream's deliveries so far, oldest first. */
    public List<FirehoseDelivery> log(DeliveryStream stream) {
        StreamDelivery d = streams.get(stream);
        return d == null ? List.of() : d.log().entries();
    }

    private static <T> Supplier<T> memoize(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
