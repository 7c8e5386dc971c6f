package io.kinesisharness.internal.firehose.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.firehose.FirehoseDelivery;
import io.kinesisharness.glue.GlueTable;
import io.kinesisharness.internal.firehose.api.BufferingHints;
import io.kinesisharness.internal.firehose.api.DataFormatConversionConfiguration;
import io.kinesisharness.internal.firehose.api.DynamicPartitioningConfiguration;
import io.kinesisharness.internal.firehose.api.ExtendedS3DestinationDescription;
import io.kinesisharness.internal.firehose.api.SchemaConfiguration;
import io.kinesisharness.internal.firehose.conversion.RecordConversion;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import io.kinesisharness.internal.glue.access.TableCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The S3 (ExtendedS3) destination: processed records into one object per batch, or, with record format conversion,
 * one Parquet or ORC object of the batch's rows (records that do not convert go to {@code format-conversion-failed}).
 */
final class ExtendedS3Sink implements Sink {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final S3Writer writer;
    private final DeliveryLog log;
    private final ErrorOutput errors;
    private final Supplier<TableCatalog> catalog;

    ExtendedS3Sink(S3Writer writer, DeliveryLog log, ErrorOutput errors, Supplier<TableCatalog> catalog) {
        this.writer = writer;
        this.log = log;
        this.errors = errors;
        this.catalog = catalog;
    }

    @Override
    public BufferLimits limits(DeliveryStream stream) {
        ExtendedS3DestinationDescription d = config(stream);
        BufferingHints h = d.bufferingHints();
        // Format conversion and dynamic partitioning buffer at least 64 MB; an omitted hint is 128 MB for conversion.
        int defaultMbs = RecordConversion.enabled(d.dataFormatConversionConfiguration()) ? 128 : partitioned(d) ? 64 : 5;
        return BufferLimits.of(h == null ? null : h.sizeInMBs(), h == null ? null : h.intervalInSeconds(), defaultMbs,
                300);
    }

    @Override
    public Outcome attempt(DeliveryStream stream, Batch batch, Instant now) {
        ExtendedS3DestinationDescription d = config(stream);
        S3Writer.S3Config s3 = S3Writer.S3Config.of(d.bucketARN(), d.prefix(), d.errorOutputPrefix(),
                d.compressionFormat(), d.fileExtension(), d.customTimeZone());
        DataFormatConversionConfiguration conversion = d.dataFormatConversionConfiguration();
        if (RecordConversion.enabled(conversion)) {
            return convert(stream, batch, d, conversion, s3, now);
        }
        return writer.deliver(stream, log, FirehoseDelivery.Destination.S3, s3, batch,
                Processing.apply(d.processingConfiguration(), batch.records), now, retryDuration(d));
    }

    private Outcome convert(DeliveryStream stream, Batch batch, ExtendedS3DestinationDescription d,
            DataFormatConversionConfiguration conversion, S3Writer.S3Config s3, Instant now) {
        SchemaConfiguration schema = conversion.schemaConfiguration();
        GlueTable table = catalog.get().find(schema.databaseName(), schema.tableName());
        List<ErrorOutput.Failed> failed = new ArrayList<>();
        if (table == null) {
            for (InputRecord r : batch.records) {
                failed.add(new ErrorOutput.Failed(r, "DataFormatConversion.EntityNotFound", "Table "
                        + schema.tableName() + " was not found in database " + schema.databaseName(), batch.attempts));
            }
            errors.writeConversionFailures(stream, failed, catalogTable(stream, schema), now);
            return Outcome.DONE;
        }
        List<byte[]> data = new ArrayList<>(batch.records.size());
        for (InputRecord r : batch.records) {
            data.add(r.data());
        }
        RecordConversion.Result result = RecordConversion.convert(table, conversion, data);
        for (RecordConversion.Failed f : result.failed()) {
            failed.add(new ErrorOutput.Failed(batch.records.get(f.index()), f.code(), f.message(), batch.attempts));
        }
        if (batch.attempts == 1) {
            errors.writeConversionFailures(stream, failed, catalogTable(stream, schema), now);
        }
        if (result.body() == null) {
            return Outcome.DONE;
        }
        boolean orc = RecordConversion.orc(conversion);
        String extension = d.fileExtension() == null || d.fileExtension().isEmpty() ? (orc ? ".orc" : ".parquet")
                : d.fileExtension();
        S3Writer.S3Config parquet = new S3Writer.S3Config(s3.bucket(), s3.prefixes(), s3.errorPrefixes(),
                s3.compression(), extension, s3.zone());
        // AWS labels Parquet objects whose pages are Snappy-compressed with hadoop-snappy (captured by floci).
        String encoding = !orc && "SNAPPY".equals(RecordConversion.parquetCompression(conversion)) ? "hadoop-snappy"
                : null;
        return writer.deliverConverted(stream, log, parquet, batch, result.body(), result.rows(), encoding, now,
                retryDuration(d));
    }

    /** The {@code dataCatalogTable} member of a format-conversion-failed document. */
    private static ObjectNode catalogTable(DeliveryStream stream, SchemaConfiguration schema) {
        String catalogId = schema.catalogId() == null ? stream.scope().accountId() : schema.catalogId();
        String region = schema.region() == null ? stream.scope().region() : schema.region();
        ObjectNode t = JSON.createObjectNode();
        t.put("catalogId", catalogId);
        t.put("databaseName", schema.databaseName());
        t.put("tableName", schema.tableName());
        t.put("region", region);
        t.put("versionId", schema.versionId() == null ? "LATEST" : schema.versionId());
        t.put("catalogArn", "arn:" + stream.scope().partition() + ":glue:" + region + ":" + catalogId + ":catalog");
        return t;
    }

    private static boolean partitioned(ExtendedS3DestinationDescription d) {
        DynamicPartitioningConfiguration dp = d.dynamicPartitioningConfiguration();
        return dp != null && Boolean.TRUE.equals(dp.enabled());
    }

    /** With dynamic partitioning, S3 failures are retried for RetryOptions' duration (300 s by default), not 24 h. */
    private static Duration retryDuration(ExtendedS3DestinationDescription d) {
        if (!partitioned(d)) {
            return S3Writer.S3_RETRY_DURATION;
        }
        DynamicPartitioningConfiguration dp = d.dynamicPartitioningConfiguration();
        Integer seconds = dp.retryOptions() == null ? null : dp.retryOptions().durationInSeconds();
        return Duration.ofSeconds(seconds == null ? 300 : seconds);
    }

    private static ExtendedS3DestinationDescription config(DeliveryStream stream) {
        return stream.destination().extendedS3DestinationDescription();
    }
}
