package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.firehose.FirehoseDelivery;
import io.kinesisharness.internal.firehose.api.BufferingHints;
import io.kinesisharness.internal.firehose.api.S3DestinationDescription;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import java.time.Instant;
import java.util.function.Function;

/**
 * An S3 configuration written with the source records as they came (S3 backup of every record, a Redshift
 * destination's intermediate objects): its own buffering hints, prefix and compression.
 */
final class BackupSink implements Sink {

    private final S3Writer writer;
    private final DeliveryLog log;
    private final Function<DeliveryStream, S3DestinationDescription> config;
    private final FirehoseDelivery.Destination kind;

    BackupSink(S3Writer writer, DeliveryLog log, Function<DeliveryStream, S3DestinationDescription> config,
            FirehoseDelivery.Destination kind) {
        this.writer = writer;
        this.log = log;
        this.config = config;
        this.kind = kind;
    }

    @Override
    public BufferLimits limits(DeliveryStream stream) {
        BufferingHints h = config.apply(stream).bufferingHints();
        return BufferLimits.of(h == null ? null : h.sizeInMBs(), h == null ? null : h.intervalInSeconds(), 5, 300);
    }

    @Override
    public Outcome attempt(DeliveryStream stream, Batch batch, Instant now) {
        return writer.deliver(stream, log, kind, S3Writer.S3Config.of(config.apply(stream)), batch,
                Processing.raw(batch.records), now);
    }
}
