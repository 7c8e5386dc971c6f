package io.kinesisharness.internal.firehose.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.firehose.FirehoseDelivery;
import io.kinesisharness.internal.firehose.api.AmazonOpenSearchServerlessDestinationDescription;
import io.kinesisharness.internal.firehose.api.AmazonopensearchserviceDestinationDescription;
import io.kinesisharness.internal.firehose.api.DestinationDescription;
import io.kinesisharness.internal.firehose.api.DestinationTableConfiguration;
import io.kinesisharness.internal.firehose.api.ElasticsearchDestinationDescription;
import io.kinesisharness.internal.firehose.api.IcebergDestinationDescription;
import io.kinesisharness.internal.firehose.api.RedshiftDestinationDescription;
import io.kinesisharness.internal.firehose.api.S3DestinationDescription;
import io.kinesisharness.internal.firehose.api.SnowflakeDestinationDescription;
import io.kinesisharness.internal.firehose.api.SplunkDestinationDescription;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The destinations that are services of their own (OpenSearch, Elasticsearch, OpenSearch Serverless, Splunk,
 * Redshift, Snowflake, Iceberg): each batch is rendered as Firehose would send it (bulk actions with the rotated
 * index and document ids, HEC events, a COPY from the intermediate object, table rows) and kept in the delivery log
 * for the test to read, with the S3 backup and Redshift's intermediate objects written for real.
 */
final class CaptureSink implements Sink {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final String kind;
    private final S3Writer writer;
    private final DeliveryLog log;

    private CaptureSink(String kind, S3Writer writer, DeliveryLog log) {
        this.kind = kind;
        this.writer = writer;
        this.log = log;
    }

    /** Makes capture sinks and the backup sinks of those destinations. */
    record Factory(S3Writer writer) {

        Sink create(String kind, DeliveryLog log) {
            return new CaptureSink(kind, writer, log);
        }

        Sink backup(String kind, DeliveryLog log) {
            Function<DeliveryStream, S3DestinationDescription> config = s -> "Redshift".equals(kind)
                    ? s.destination().redshiftDestinationDescription().s3BackupDescription()
                    : nestedS3(s.destination());
            return new BackupSink(writer, log, config, FirehoseDelivery.Destination.S3_BACKUP);
        }
    }

    /** The description member's stem of a destination kept by capture ({@code Splunk}, {@code Iceberg}, ...). */
    static String kindOf(DestinationDescription d) {
        if (d.amazonopensearchserviceDestinationDescription() != null) {
            return "Amazonopensearchservice";
        }
        if (d.elasticsearchDestinationDescription() != null) {
            return "Elasticsearch";
        }
        if (d.amazonOpenSearchServerlessDestinationDescription() != null) {
            return "AmazonOpenSearchServerless";
        }
        if (d.splunkDestinationDescription() != null) {
            return "Splunk";
        }
        if (d.redshiftDestinationDescription() != null) {
            return "Redshift";
        }
        if (d.snowflakeDestinationDescription() != null) {
            return "Snowflake";
        }
        if (d.icebergDestinationDescription() != null) {
            return "Iceberg";
        }
        throw new IllegalStateException("No destination in " + d);
    }

    /** Whether the destination's S3 backup mode backs up every record (rather than failed ones only). */
    static boolean backsUpAll(DestinationDescription d) {
        String mode = switch (kindOf(d)) {
            case "Amazonopensearchservice" -> d.amazonopensearchserviceDestinationDescription().s3BackupMode();
            case "Elasticsearch" -> d.elasticsearchDestinationDescription().s3BackupMode();
            case "AmazonOpenSearchServerless" -> d.amazonOpenSearchServerlessDestinationDescription().s3BackupMode();
            case "Splunk" -> d.splunkDestinationDescription().s3BackupMode();
            case "Redshift" -> d.redshiftDestinationDescription().s3BackupMode();
            case "Snowflake" -> d.snowflakeDestinationDescription().s3BackupMode();
            default -> d.icebergDestinationDescription().s3BackupMode();
        };
        return "AllDocuments".equals(mode) || "AllEvents".equals(mode) || "AllData".equals(mode)
                || "Enabled".equals(mode);
    }

    static S3DestinationDescription nestedS3(DestinationDescription d) {
        return switch (kindOf(d)) {
            case "Amazonopensearchservice" -> d.amazonopensearchserviceDestinationDescription()
                    .s3DestinationDescription();
            case "Elasticsearch" -> d.elasticsearchDestinationDescription().s3DestinationDescription();
            case "AmazonOpenSearchServerless" -> d.amazonOpenSearchServerlessDestinationDescription()
                    .s3DestinationDescription();
            case "Splunk" -> d.splunkDestinationDescription().s3DestinationDescription();
            case "Redshift" -> d.redshiftDestinationDescription().s3DestinationDescription();
            case "Snowflake" -> d.snowflakeDestinationDescription().s3DestinationDescription();
            default -> d.icebergDestinationDescription().s3DestinationDescription();
        };
    }

    @Override
    public BufferLimits limits(DeliveryStream stream) {
        DestinationDescription d = stream.destination();
        return switch (kind) {
            case "Amazonopensearchservice" -> hints(d.amazonopensearchserviceDestinationDescription().bufferingHints()
                    == null ? null : d.amazonopensearchserviceDestinationDescription().bufferingHints().sizeInMBs(),
                    d.amazonopensearchserviceDestinationDescription().bufferingHints() == null ? null
                            : d.amazonopensearchserviceDestinationDescription().bufferingHints().intervalInSeconds(),
                    5, 300);
            case "Elasticsearch" -> {
                var h = d.elasticsearchDestinationDescription().bufferingHints();
                yield hints(h == null ? null : h.sizeInMBs(), h == null ? null : h.intervalInSeconds(), 5, 300);
            }
            case "AmazonOpenSearchServerless" -> {
                var h = d.amazonOpenSearchServerlessDestinationDescription().bufferingHints();
                yield hints(h == null ? null : h.sizeInMBs(), h == null ? null : h.intervalInSeconds(), 5, 300);
            }
            case "Splunk" -> {
                var h = d.splunkDestinationDescription().bufferingHints();
                yield hints(h == null ? null : h.sizeInMBs(), h == null ? null : h.intervalInSeconds(), 5, 60);
            }
            case "Redshift" -> {
                var h = d.redshiftDestinationDescription().s3DestinationDescription().bufferingHints();
                yield hints(h == null ? null : h.sizeInMBs(), h == null ? null : h.intervalInSeconds(), 5, 300);
            }
            case "Snowflake" -> {
                var h = d.snowflakeDestinationDescription().bufferingHints();
                yield hints(h == null ? null : h.sizeInMBs(), h == null ? null : h.intervalInSeconds(), 128, 0);
            }
            default -> {
                var h = d.icebergDestinationDescription().bufferingHints();
                yield hints(h == null ? null : h.sizeInMBs(), h == null ? null : h.intervalInSeconds(), 5, 300);
            }
        };
    }

    private static BufferLimits hints(Integer size, Integer interval, int defaultSize, int defaultInterval) {
        return BufferLimits.of(size, interval, defaultSize, defaultInterval);
    }

    @Override
    public Outcome attempt(DeliveryStream stream, Batch batch, Instant now) {
        DestinationDescription d = stream.destination();
        switch (kind) {
            case "Amazonopensearchservice" -> {
                AmazonopensearchserviceDestinationDescription o = d.amazonopensearchserviceDestinationDescription();
                bulk(stream, batch, now, FirehoseDelivery.Destination.OPENSEARCH,
                        o.clusterEndpoint() != null ? o.clusterEndpoint() : o.domainARN(), o.indexName(), o.typeName(),
                        o.indexRotationPeriod(), o.documentIdOptions() == null ? null
                                : o.documentIdOptions().defaultDocumentIdFormat(),
                        Processing.apply(o.processingConfiguration(), batch.records));
            }
            case "Elasticsearch" -> {
                ElasticsearchDestinationDescription e = d.elasticsearchDestinationDescription();
                bulk(stream, batch, now, FirehoseDelivery.Destination.ELASTICSEARCH,
                        e.clusterEndpoint() != null ? e.clusterEndpoint() : e.domainARN(), e.indexName(), e.typeName(),
                        e.indexRotationPeriod(), e.documentIdOptions() == null ? null
                                : e.documentIdOptions().defaultDocumentIdFormat(),
                        Processing.apply(e.processingConfiguration(), batch.records));
            }
            case "AmazonOpenSearchServerless" -> {
                AmazonOpenSearchServerlessDestinationDescription s =
                        d.amazonOpenSearchServerlessDestinationDescription();
                bulk(stream, batch, now, FirehoseDelivery.Destination.OPENSEARCH_SERVERLESS, s.collectionEndpoint(),
                        s.indexName(), null, "NoRotation", "NO_DOCUMENT_ID",
                        Processing.apply(s.processingConfiguration(), batch.records));
            }
            case "Splunk" -> splunk(stream, d.splunkDestinationDescription(), batch, now);
            case "Redshift" -> {
                return redshift(stream, d.redshiftDestinationDescription(), batch, now);
            }
            case "Snowflake" -> snowflake(stream, d.snowflakeDestinationDescription(), batch, now);
            default -> iceberg(stream, d.icebergDestinationDescription(), batch, now);
        }
        return Outcome.DONE;
    }

    /**
     * An OpenSearch bulk request: per record an {@code index} action naming the index (rotated by the record's
     * arrival time, UTC), the type where one is set, and Firehose's document id unless NO_DOCUMENT_ID; then the
     * record.
     */
    private void bulk(DeliveryStream stream, Batch batch, Instant now, FirehoseDelivery.Destination kind,
            String endpoint, String index, String type, String rotation, String idFormat, List<byte[]> documents) {
        StringBuilder body = new StringBuilder();
        String firstIndex = null;
        for (int i = 0; i < documents.size(); i++) {
            String rotated = index + rotationSuffix(rotation, Instant.ofEpochMilli(batch.records.get(i)
                    .arrivalMillis()));
            firstIndex = firstIndex == null ? rotated : firstIndex;
            ObjectNode action = JSON.createObjectNode();
            ObjectNode meta = action.putObject("index");
            meta.put("_index", rotated);
            if (type != null && !type.isEmpty()) {
                meta.put("_type", type);
            }
            if (!"NO_DOCUMENT_ID".equals(idFormat)) {
                meta.put("_id", batch.requestId + "." + i);
            }
            body.append(action).append('\n').append(new String(documents.get(i), StandardCharsets.UTF_8).strip())
                    .append('\n');
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("endpoint", endpoint);
        attributes.put("Content-Type", "application/x-ndjson");
        capture(stream, kind, now, firstIndex, documents, body.toString(), attributes, batch.attempts);
    }

    /** AWS's index rotation suffixes, from the record's arrival time in UTC. */
    static String rotationSuffix(String rotation, Instant arrival) {
        if (rotation == null) {
            return Prefixes.format("-yyyy-MM-dd", arrival, UTC);
        }
        return switch (rotation) {
            case "OneHour" -> Prefixes.format("-yyyy-MM-dd-HH", arrival, UTC);
            case "OneDay" -> Prefixes.format("-yyyy-MM-dd", arrival, UTC);
            case "OneWeek" -> weekSuffix(arrival);
            case "OneMonth" -> Prefixes.format("-yyyy-MM", arrival, UTC);
            default -> "";
        };
    }

    /** {@code -yyyy-w<week>} in the US convention (weeks start on Sunday, week 1 holds January 1st). */
    private static String weekSuffix(Instant arrival) {
        java.time.LocalDate date = arrival.atZone(UTC).toLocalDate();
        java.time.temporal.WeekFields us = java.time.temporal.WeekFields.SUNDAY_START;
        return String.format(java.util.Locale.ROOT, "-%d-w%02d", date.get(us.weekBasedYear()),
                date.get(us.weekOfWeekBasedYear()));
    }

    /** Splunk HEC: the records' bytes concatenated as they are, to the raw or event collector. */
    private void splunk(DeliveryStream stream, SplunkDestinationDescription s, Batch batch, Instant now) {
        List<byte[]> events = Processing.apply(s.processingConfiguration(), batch.records);
        String path = "Event".equals(s.hECEndpointType()) ? "/services/collector/event" : "/services/collector/raw";
        String endpoint = s.hECEndpoint() == null ? path : s.hECEndpoint().replaceAll("/+$", "") + path;
        Map<String, String> attributes = new LinkedHashMap<>();
        if (s.hECToken() != null) {
            attributes.put("Authorization", "Splunk " + s.hECToken());
        }
        capture(stream, FirehoseDelivery.Destination.SPLUNK, now, endpoint, events,
                new String(S3Writer.concat(events), StandardCharsets.UTF_8), attributes, batch.attempts);
    }

    /** Redshift: the batch as an intermediate object in the S3 configuration's bucket, then a COPY from it. */
    private Outcome redshift(DeliveryStream stream, RedshiftDestinationDescription r, Batch batch, Instant now) {
        List<byte[]> records = Processing.apply(r.processingConfiguration(), batch.records);
        S3Writer.S3Config s3 = S3Writer.S3Config.of(r.s3DestinationDescription());
        String key = s3.prefixes().objectPrefix(batch.firstArrival, s3.zone())
                + S3Writer.objectName(stream, batch.firstArrival, s3.zone(), s3.extension());
        Outcome staged = writer.deliverKey(stream, log, FirehoseDelivery.Destination.S3, s3, batch, key, records,
                now);
        if (!staged.delivered()) {
            return staged;
        }
        String table = r.copyCommand().dataTableName();
        String columns = r.copyCommand().dataTableColumns();
        String copy = "COPY " + table + (columns == null || columns.isEmpty() ? "" : " (" + columns + ")")
                + " FROM 's3://" + s3.bucket() + "/" + key + "' CREDENTIALS 'aws_iam_role=" + r.roleARN() + "'"
                + (s3.compression() == Compression.GZIP ? " GZIP" : "")
                + (r.copyCommand().copyOptions() == null ? "" : " " + r.copyCommand().copyOptions()) + ";";
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("ClusterJDBCURL", r.clusterJDBCURL());
        if (r.username() != null) {
            attributes.put("Username", r.username());
        }
        capture(stream, FirehoseDelivery.Destination.REDSHIFT, now, table, records, copy, attributes,
                batch.attempts);
        return Outcome.DONE;
    }

    /** Snowflake rows by the data loading option: the record's columns, or the record (and metadata) as VARIANTs. */
    private void snowflake(DeliveryStream stream, SnowflakeDestinationDescription s, Batch batch, Instant now) {
        List<byte[]> records = Processing.apply(s.processingConfiguration(), batch.records);
        List<byte[]> rows = new ArrayList<>(records.size());
        String option = s.dataLoadingOption() == null ? "JSON_MAPPING" : s.dataLoadingOption();
        String content = s.contentColumnName() == null ? "RECORD_CONTENT" : s.contentColumnName();
        String metadata = s.metaDataColumnName() == null ? "RECORD_METADATA" : s.metaDataColumnName();
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = json(records.get(i));
            ObjectNode row;
            if ("JSON_MAPPING".equals(option)) {
                row = record instanceof ObjectNode o ? o : JSON.createObjectNode().set(content, record);
            } else {
                row = JSON.createObjectNode();
                row.set(content, record);
                if ("VARIANT_CONTENT_AND_METADATA_MAPPING".equals(option)) {
                    ObjectNode meta = row.putObject(metadata);
                    meta.put("firehoseDeliveryStreamName", stream.name());
                    meta.put("IngestionTime", batch.records.get(i).arrivalMillis());
                }
            }
            rows.add(row.toString().getBytes(StandardCharsets.UTF_8));
        }
        String table = s.database() + "." + s.schema() + "." + s.table();
        capture(stream, FirehoseDelivery.Destination.SNOWFLAKE, now, table, rows,
                new String(S3Writer.concat(newlines(rows)), StandardCharsets.UTF_8), Map.of("AccountUrl",
                        s.accountUrl()), batch.attempts);
    }

    /** Iceberg: the records as rows of the configured table. */
    private void iceberg(DeliveryStream stream, IcebergDestinationDescription ice, Batch batch, Instant now) {
        List<byte[]> rows = Processing.apply(ice.processingConfiguration(), batch.records);
        List<DestinationTableConfiguration> tables = ice.destinationTableConfigurationList();
        String table = tables == null || tables.isEmpty() ? ""
                : tables.get(0).destinationDatabaseName() + "." + tables.get(0).destinationTableName();
        Map<String, String> attributes = new LinkedHashMap<>();
        if (ice.catalogConfiguration() != null && ice.catalogConfiguration().catalogARN() != null) {
            attributes.put("CatalogARN", ice.catalogConfiguration().catalogARN());
        }
        attributes.put("AppendOnly", String.valueOf(Boolean.TRUE.equals(ice.appendOnly())));
        capture(stream, FirehoseDelivery.Destination.ICEBERG, now, table, rows,
                new String(S3Writer.concat(newlines(rows)), StandardCharsets.UTF_8), attributes, batch.attempts);
    }

    private void capture(DeliveryStream stream, FirehoseDelivery.Destination kind, Instant now, String target,
            List<byte[]> records, String body, Map<String, String> attributes, int attempts) {
        log.add(new FirehoseDelivery(stream.name(), kind, now, target, records,
                body.getBytes(StandardCharsets.UTF_8), attributes, attempts, null, null));
    }

    private static List<byte[]> newlines(List<byte[]> rows) {
        List<byte[]> out = new ArrayList<>(rows.size());
        for (byte[] r : rows) {
            byte[] line = new byte[r.length + 1];
            System.arraycopy(r, 0, line, 0, r.length);
            line[r.length] = '\n';
            out.add(line);
        }
        return out;
    }

    private static JsonNode json(byte[] data) {
        try {
            return JSON.readTree(data);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(new String(data, StandardCharsets.UTF_8));
        }
    }
}
