package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.firehose.FirehoseDelivery;
import io.kinesisharness.internal.firehose.api.DestinationDescription;
import io.kinesisharness.internal.firehose.api.ExtendedS3DestinationDescription;
import io.kinesisharness.internal.firehose.api.HttpEndpointDestinationDescription;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import io.kinesisharness.internal.firehose.processing.ProcessingPlan;
import java.util.List;
import java.util.Objects;

/**
 * A delivery stream's delivery, in AWS's order: the S3 backup of every source record (its own lane and hints);
 * then decompression, message extraction and de-aggregation as records arrive; the Lambda transformation on its
 * own buffer; partitioning; and the destination's lanes, one per partition, each buffering on the destination's
 * hints. Which lanes exist follows the destination as updates change it; records buffered for a destination type
 * that an update replaced go to the new one.
 */
final class StreamDelivery {

    private final DeliveryStream stream;
    private final Parts parts;
    private final DeliveryLog log = new DeliveryLog();
    private final ErrorOutput errors;
    private final Router router;
    private Layout layout;
    private Lane backup;
    private Lane lambda;
    private boolean stopped;

    StreamDelivery(DeliveryStream stream, Parts parts) {
        this.stream = stream;
        this.parts = parts;
        this.errors = new ErrorOutput(parts.writer(), log);
        this.router = new Router(stream, parts.scheduler(), errors);
    }

    DeliveryLog log() {
        return log;
    }

    synchronized void put(List<InputRecord> records) {
        if (stopped) {
            return;
        }
        lanes();
        if (backup != null) {
            backup.add(records);
        }
        ProcessingPlan plan = Plans.of(stream.destination());
        List<InputRecord> ready = Arrival.process(stream, plan, records, errors, parts.scheduler().clock().now());
        if (ready.isEmpty()) {
            return;
        }
        if (plan.lambda() != null) {
            lambdaLane().add(ready);
        } else {
            router.route(ready);
        }
    }

    /** Invokes the transformation on what it buffered, then delivers every destination buffer. */
    void flush() {
        Lane l;
        Lane b;
        synchronized (this) {
            if (stopped) {
                return;
            }
            lanes();
            l = lambda;
            b = backup;
        }
        if (l != null) {
            l.flush();
        }
        router.flush();
        if (b != null) {
            b.flush();
        }
    }

    synchronized void stop() {
        stopped = true;
        router.discard();
        if (lambda != null) {
            lambda.discard();
        }
        if (backup != null) {
            backup.discard();
        }
    }

    private Lane lambdaLane() {
        if (lambda == null) {
            lambda = new Lane(stream, new LambdaSink(parts.functions(), errors, router::route), parts.scheduler());
        }
        return lambda;
    }

    /** Builds or rebuilds the lanes the destination now asks for. */
    private void lanes() {
        Layout wanted = Layout.of(stream.destination());
        if (wanted.equals(layout)) {
            return;
        }
        if (layout == null || !wanted.main().equals(layout.main())) {
            router.destination(mainSink(wanted.main()));
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
            case "ExtendedS3" -> new ExtendedS3Sink(parts.writer(), log, errors, parts.catalog());
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

    /** What builds lanes: the scheduler, the writer, the sinks, the functions transformations call. */
    record Parts(io.kinesisharness.internal.clock.HarnessScheduler scheduler, S3Writer writer,
            java.util.function.Supplier<HttpPoster> poster, CaptureSink.Factory captures,
            java.util.function.Supplier<io.kinesisharness.internal.lambda.access.FunctionInvoker> functions,
            java.util.function.Supplier<io.kinesisharness.internal.glue.access.TableCatalog> catalog) {
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
