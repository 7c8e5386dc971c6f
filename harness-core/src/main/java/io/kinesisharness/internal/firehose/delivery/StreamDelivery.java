package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.firehose.FirehoseDelivery;
import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.firehose.api.DestinationDescription;
import io.kinesisharness.internal.firehose.api.ExtendedS3DestinationDescription;
import io.kinesisharness.internal.firehose.api.HttpEndpointDestinationDescription;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A delivery stream's delivery: a lane for its destination and, when it backs up every source record, one for the
 * backup, each buffering on its own hints. Which lanes exist follows the destination as updates change it; records
 * buffered for a destination type that an update replaced go to the new one.
 */
final class StreamDelivery {

    private final DeliveryStream stream;
    private final Parts parts;
    private final DeliveryLog log = new DeliveryLog();
    private Layout layout;
    private Lane main;
    private Lane backup;
    private boolean stopped;

    /** What builds lanes: the scheduler, the writer, the sinks. */
    record Parts(HarnessScheduler scheduler, S3Writer writer, java.util.function.Supplier<HttpPoster> poster,
            CaptureSink.Factory captures) {
    }

    StreamDelivery(DeliveryStream stream, Parts parts) {
        this.stream = stream;
        this.parts = parts;
    }

    DeliveryLog log() {
        return log;
    }

    synchronized void put(List<InputRecord> records) {
        if (stopped) {
            return;
        }
        lanes();
        main.add(records);
        if (backup != null) {
            backup.add(records);
        }
    }

    void flush() {
        Lane m;
        Lane b;
        synchronized (this) {
            if (stopped) {
                return;
            }
            lanes();
            m = main;
            b = backup;
        }
        m.flush();
        if (b != null) {
            b.flush();
        }
    }

    synchronized void stop() {
        stopped = true;
        if (main != null) {
            main.discard();
        }
        if (backup != null) {
            backup.discard();
        }
    }

    /** Builds or rebuilds the lanes the destination now asks for. */
    private void lanes() {
        Layout wanted = Layout.of(stream.destination());
        if (wanted.equals(layout)) {
            return;
        }
        List<InputRecord> carried = new ArrayList<>();
        if (main != null && !wanted.main().equals(layout.main())) {
            carried = main.drain();
            main = null;
        }
        if (main == null) {
            main = new Lane(stream, mainSink(wanted.main()), parts.scheduler());
            if (!carried.isEmpty()) {
                main.add(carried);
            }
        }
        if (backup != null && !Objects.equals(wanted.backup(), layout.backup())) {
            backup.discard();
            backup = null;
        }
        if (backup == null && wanted.backup() != null) {
            backup = new Lane(stream, backupSink(wanted.backup()), parts.scheduler());
        }
        layout = wanted;
    }

    private Sink mainSink(String kind) {
        return switch (kind) {
            case "ExtendedS3" -> new ExtendedS3Sink(parts.writer(), log);
            case "HttpEndpoint" -> new HttpEndpointSink(parts.poster().get(), parts.writer(), log);
            default -> parts.captures().create(kind, log);
        };
    }

    private Sink backupSink(String kind) {
        return switch (kind) {
            case "ExtendedS3" -> new BackupSink(parts.writer(), log,
                    s -> s.destination().extendedS3DestinationDescription().s3BackupDescription(),
                    FirehoseDelivery.Destination.S3_BACKUP);
            case "HttpEndpoint" -> new BackupSink(parts.writer(), log,
                    s -> s.destination().httpEndpointDestinationDescription().s3DestinationDescription(),
                    FirehoseDelivery.Destination.S3_BACKUP);
            default -> parts.captures().backup(kind, log);
        };
    }

    /** The destination type, and the type whose configuration backs up every record (or null for no such lane). */
    private record Layout(String main, String backup) {

        static Layout of(DestinationDescription d) {
            ExtendedS3DestinationDescription s3 = d.extendedS3DestinationDescription();
            if (s3 != null) {
                return new Layout("ExtendedS3", "Enabled".equals(s3.s3BackupMode()) ? "ExtendedS3" : null);
            }
            HttpEndpointDestinationDescription http = d.httpEndpointDestinationDescription();
            if (http != null) {
                return new Layout("HttpEndpoint", "AllData".equals(http.s3BackupMode()) ? "HttpEndpoint" : null);
            }
            String kind = CaptureSink.kindOf(d);
            return new Layout(kind, CaptureSink.backsUpAll(d) ? kind : null);
        }
    }
}
