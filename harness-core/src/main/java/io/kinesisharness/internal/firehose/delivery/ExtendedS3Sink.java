package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.firehose.FirehoseDelivery;
import io.kinesisharness.internal.firehose.api.BufferingHints;
import io.kinesisharness.internal.firehose.api.ExtendedS3DestinationDescription;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import io.kinesisharness.internal.firehose.api.DynamicPartitioningConfiguration;
import java.time.Duration;
import java.time.Instant;

/** The S3 (ExtendedS3) destination: processed records into one object per batch. */
final class ExtendedS3Sink implements Sink {

    private final S3Writer writer;
    private final DeliveryLog log;

    ExtendedS3Sink(S3Writer writer, DeliveryLog log) {
        this.writer = writer;
        this.log = log;
    }

    @Override
    public BufferLimits limits(DeliveryStream stream) {
        BufferingHints h = config(stream).bufferingHints();
        return BufferLimits.of(h == null ? null : h.sizeInMBs(), h == null ? null : h.intervalInSeconds(), 5, 300);
    }

    @Override
    public Outcome attempt(DeliveryStream stream, Batch batch, Instant now) {
        ExtendedS3DestinationDescription d = config(stream);
        S3Writer.S3Config s3 = S3Writer.S3Config.of(d.bucketARN(), d.prefix(), d.errorOutputPrefix(),
                d.compressionFormat(), d.fileExtension(), d.customTimeZone());
        return writer.deliver(stream, log, FirehoseDelivery.Destination.S3, s3, batch,
                Processing.apply(d.processingConfiguration(), batch.records), now, retryDuration(d));
    }

    /** With dynamic partitioning, S3 failures are retried for RetryOptions' duration (300 s by default), not 24 h. */
    private static Duration retryDuration(ExtendedS3DestinationDescription d) {
        DynamicPartitioningConfiguration dp = d.dynamicPartitioningConfiguration();
        if (dp == null || !Boolean.TRUE.equals(dp.enabled())) {
            return S3Writer.S3_RETRY_DURATION;
        }
        Integer seconds = dp.retryOptions() == null ? null : dp.retryOptions().durationInSeconds();
        return Duration.ofSeconds(seconds == null ? 300 : seconds);
    }

    private static ExtendedS3DestinationDescription config(DeliveryStream stream) {
        return stream.destination().extendedS3DestinationDescription();
    }
}
