package io.kinesisharness.internal.firehose.source;

import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.firehose.delivery.Deliveries;
import io.kinesisharness.internal.firehose.delivery.InputRecord;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import io.kinesisharness.internal.kinesis.source.KinesisSource;
import io.kinesisharness.internal.kinesis.source.KplRecords;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * KinesisStreamAsSource: each such delivery stream reads its Kinesis stream from the tip it had when the delivery
 * stream turned ACTIVE, polling once per second of harness time (AWS reads each shard once a second), and feeds
 * what it reads to delivery, KPL aggregates split into their user records. Each delivery stream has its own reader,
 * so several on one Kinesis stream each get every record.
 */
public final class KinesisSources {

    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final int MAX_PER_POLL = 10_000;

    private final HarnessScheduler scheduler;
    private final Supplier<KinesisSource> kinesis;
    private final Deliveries deliveries;
    private final Map<DeliveryStream, Poller> pollers = new ConcurrentHashMap<>();

    public KinesisSources(HarnessScheduler scheduler, Supplier<KinesisSource> kinesis, Deliveries deliveries) {
        this.scheduler = scheduler;
        this.kinesis = kinesis;
        this.deliveries = deliveries;
    }

    /**
     * Checks the Kinesis stream can be read now (create refuses a source that does not exist), then starts reading
     * it from its tip when the delivery stream turns ACTIVE.
     *
     * @throws IllegalArgumentException naming the stream when it does not exist
     */
    public void start(DeliveryStream stream, String kinesisStreamArn) {
        KinesisSource source = kinesis.get();
        KinesisSource.StreamReader reader = source.readFromTip(kinesisStreamArn);
        Poller poller = new Poller(stream, kinesisStreamArn);
        pollers.put(stream, poller);
        if (!stream.activeAt().isAfter(scheduler.clock().now())) {
            poller.reader = reader;
            poller.schedule();
        } else {
            scheduler.schedule(stream.activeAt(), poller::open);
        }
    }

    /** Stops reading for a deleted delivery stream. */
    public void stop(DeliveryStream stream) {
        Poller p = pollers.remove(stream);
        if (p != null) {
            p.stopped = true;
        }
    }

    /** Reads what has arrived now (a flush reads its source first, so what was put is what gets delivered). */
    public void pollNow(DeliveryStream stream) {
        Poller p = pollers.get(stream);
        if (p != null) {
            p.read();
        }
    }

    private final class Poller {
        private final DeliveryStream stream;
        private final String arn;
        private KinesisSource.StreamReader reader;
        private volatile boolean stopped;

        Poller(DeliveryStream stream, String arn) {
            this.stream = stream;
            this.arn = arn;
        }

        void open() {
            if (stopped) {
                return;
            }
            try {
                reader = kinesis.get().readFromTip(arn);
            } catch (IllegalArgumentException e) {
                stopped = true;
                return;
            }
            schedule();
        }

        void schedule() {
            scheduler.schedule(scheduler.clock().now().plus(POLL_INTERVAL), this::tick);
        }

        private void tick() {
            if (stopped) {
                return;
            }
            read();
            if (!stopped) {
                schedule();
            }
        }

        synchronized void read() {
            if (stopped || reader == null) {
                return;
            }
            while (true) {
                List<KinesisSource.SourceRecord> read = reader.poll(MAX_PER_POLL);
                if (reader.ended()) {
                    stopped = true;
                    return;
                }
                if (read.isEmpty()) {
                    return;
                }
                deliveries.put(stream, toInput(read));
                if (read.size() < MAX_PER_POLL) {
                    return;
                }
            }
        }
    }

    private static List<InputRecord> toInput(List<KinesisSource.SourceRecord> read) {
        List<InputRecord> out = new ArrayList<>(read.size());
        for (KinesisSource.SourceRecord r : read) {
            List<KplRecords.UserRecord> users = KplRecords.split(r.data());
            if (users == null) {
                out.add(new InputRecord(r.data(), r.arrivalMillis(),
                        new InputRecord.KinesisOrigin(r.shardId(), r.partitionKey(), r.sequenceNumber(), 0)));
            } else {
                for (KplRecords.UserRecord u : users) {
                    out.add(new InputRecord(u.data(), r.arrivalMillis(), new InputRecord.KinesisOrigin(r.shardId(),
                            u.partitionKey(), r.sequenceNumber(), u.subsequenceNumber())));
                }
            }
        }
        return out;
    }
}
