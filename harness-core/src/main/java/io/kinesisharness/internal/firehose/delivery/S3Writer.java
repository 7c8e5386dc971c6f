package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.firehose.FirehoseDelivery;
import io.kinesisharness.internal.firehose.api.S3DestinationDescription;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes delivered objects as AWS names and encodes them: key {@code <prefix><stream>-<version>-<yyyy-MM-dd-HH-mm-ss>-
 * <uuid><extension>} dated by the batch's first record, records concatenated as they are, compressed, with
 * {@code Content-Type: application/octet-stream} and the format's {@code Content-Encoding}. Every write is logged.
 */
final class S3Writer {

    /** AWS keeps retrying an S3 destination it cannot write to for 24 hours, then drops the data. */
    static final Duration S3_RETRY_DURATION = Duration.ofHours(24);
    private static final String CONTENT_TYPE = "application/octet-stream";

    private final ObjectTarget target;

    S3Writer(ObjectTarget target) {
        this.target = target;
    }

    /** One object of a batch: delivered, to be retried (the store refused it), or given up after 24 hours. */
    Outcome deliver(DeliveryStream stream, DeliveryLog log, FirehoseDelivery.Destination kind, S3Config s3,
            Batch batch, List<byte[]> records, Instant now) {
        return deliver(stream, log, kind, s3, batch, records, now, S3_RETRY_DURATION);
    }

    /** {@link #deliver} retrying for {@code retryDuration} (dynamic partitioning's RetryOptions). */
    Outcome deliver(DeliveryStream stream, DeliveryLog log, FirehoseDelivery.Destination kind, S3Config s3,
            Batch batch, List<byte[]> records, Instant now, Duration retryDuration) {
        String key = s3.prefixes().objectPrefix(batch.firstArrival, s3.zone(), batch.partition)
                + objectName(stream, batch.firstArrival, s3.zone(), s3.extension());
        DeliveryFailure failure = write(stream, log, kind, s3, key, records, batch.attempts, now);
        if (failure == null) {
            return Outcome.DONE;
        }
        Instant retry = Retries.next(batch, now, retryDuration);
        return retry == null ? Outcome.GIVEN_UP : Outcome.retryAt(retry);
    }

    /** {@link #deliver} under a key already chosen. */
    Outcome deliverKey(DeliveryStream stream, DeliveryLog log, FirehoseDelivery.Destination kind, S3Config s3,
            Batch batch, String key, List<byte[]> records, Instant now) {
        DeliveryFailure failure = write(stream, log, kind, s3, key, records, batch.attempts, now);
        if (failure == null) {
            return Outcome.DONE;
        }
        Instant retry = Retries.next(batch, now, S3_RETRY_DURATION);
        return retry == null ? Outcome.GIVEN_UP : Outcome.retryAt(retry);
    }

    /** Error documents for records a destination failed, one object under the error prefix (one attempt). */
    void writeErrors(DeliveryStream stream, DeliveryLog log, S3Config s3, String errorOutputType, Instant first,
            List<byte[]> documents, Instant now) {
        String key = s3.prefixes().errorPrefix(s3.errorPrefixes(), errorOutputType, first, s3.zone())
                + objectName(stream, first, s3.zone(), s3.extension());
        write(stream, log, FirehoseDelivery.Destination.S3_ERROR, s3, key, documents, 1, now);
    }

    private DeliveryFailure write(DeliveryStream stream, DeliveryLog log, FirehoseDelivery.Destination kind,
            S3Config s3, String key, List<byte[]> records, int attempts, Instant now) {
        return write(stream, log, kind, s3, key, s3.compression().compress(concat(records)), records,
                s3.compression().contentEncoding(), attempts, now);
    }

    /**
     * A converted object: {@code body} as it is (a Parquet file), the rows it holds logged as its records.
     *
     * @param s3 its configuration, with the extension the object takes
     */
    Outcome deliverConverted(DeliveryStream stream, DeliveryLog log, S3Config s3, Batch batch, byte[] body,
            List<byte[]> rows, String contentEncoding, Instant now, Duration retryDuration) {
        String key = s3.prefixes().objectPrefix(batch.firstArrival, s3.zone(), batch.partition)
                + objectName(stream, batch.firstArrival, s3.zone(), s3.extension());
        DeliveryFailure failure = write(stream, log, FirehoseDelivery.Destination.S3, s3, key, body, rows,
                contentEncoding, batch.attempts, now);
        if (failure == null) {
            return Outcome.DONE;
        }
        Instant retry = Retries.next(batch, now, retryDuration);
        return retry == null ? Outcome.GIVEN_UP : Outcome.retryAt(retry);
    }

    private DeliveryFailure write(DeliveryStream stream, DeliveryLog log, FirehoseDelivery.Destination kind,
            S3Config s3, String key, byte[] body, List<byte[]> records, String contentEncoding, int attempts,
            Instant now) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Content-Type", CONTENT_TYPE);
        if (contentEncoding != null) {
            attributes.put("Content-Encoding", contentEncoding);
        }
        String target = "s3://" + s3.bucket() + "/" + key;
        try {
            this.target.put(stream.scope(), s3.bucket(), key, body, CONTENT_TYPE, contentEncoding);
            log.add(new FirehoseDelivery(stream.name(), kind, now, target, records, body, attributes, attempts, null,
                    null));
            return null;
        } catch (DeliveryFailure f) {
            log.add(new FirehoseDelivery(stream.name(), kind, now, target, records, body, attributes, attempts,
                    f.code(), f.getMessage()));
            return f;
        }
    }

    /** {@code <stream>-<version>-<yyyy-MM-dd-HH-mm-ss>-<uuid><extension>}. */
    static String objectName(DeliveryStream stream, Instant first, ZoneId zone, String extension) {
        return stream.name() + "-" + stream.version() + "-" + Prefixes.format("yyyy-MM-dd-HH-mm-ss", first, zone)
                + "-" + UUID.randomUUID() + extension;
    }

    static byte[] concat(List<byte[]> records) {
        int size = 0;
        for (byte[] r : records) {
            size += r.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        for (byte[] r : records) {
            out.writeBytes(r);
        }
        return out.toByteArray();
    }

    /** An S3 configuration, parsed once per use: bucket, prefixes, compression, extension, zone. */
    record S3Config(String bucket, Prefixes prefixes, Prefixes errorPrefixes, Compression compression,
            String extension, ZoneId zone) {

        static S3Config of(String bucketArn, String prefix, String errorPrefix, String compressionFormat,
                String fileExtension, String customTimeZone) {
            Compression c = Compression.of(compressionFormat);
            String ext = fileExtension == null || fileExtension.isEmpty() ? c.extension() : fileExtension;
            ZoneId zone = customTimeZone == null || customTimeZone.isEmpty() ? ZoneId.of("UTC")
                    : ZoneId.of(customTimeZone);
            return new S3Config(bucketArn.substring(bucketArn.indexOf(":::") + 3), Prefixes.ofPrefix(prefix),
                    Prefixes.ofErrorPrefix(errorPrefix), c, ext, zone);
        }

        static S3Config of(S3DestinationDescription d) {
            return of(d.bucketARN(), d.prefix(), d.errorOutputPrefix(), d.compressionFormat(), null, null);
        }
    }
}
