package io.kinesisharness.internal.firehose.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.internal.firehose.api.DestinationDescription;
import io.kinesisharness.internal.firehose.api.ExtendedS3DestinationDescription;
import io.kinesisharness.internal.firehose.api.HttpEndpointDestinationDescription;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Records that processing failed (decompression, Lambda transformation, partitioning), written as AWS writes them:
 * one JSON document per record, in AWS's member order ({@code rawData, errorCode, errorMessage, attemptsMade,
 * arrivalTimestamp, attemptEndingTimestamp} and {@code lambdaARN} for a transformation), one object per failure
 * under the destination's error prefix and error output type, in the destination's bucket (for destinations other
 * than S3, their S3 backup bucket).
 */
final class ErrorOutput {

    static final String PROCESSING_FAILED = "processing-failed";
    static final String DECOMPRESSION_FAILED = "decompression-failed";
    static final String METADATA_EXTRACTION_FAILED = "metadata-extraction-failed";
    static final String PARTITIONING_FAILED = "partitioning-failed";
    static final String FORMAT_CONVERSION_FAILED = "format-conversion-failed";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final S3Writer writer;
    private final DeliveryLog log;

    ErrorOutput(S3Writer writer, DeliveryLog log) {
        this.writer = writer;
        this.log = log;
    }

    /** One failed record: what AWS writes for it. */
    record Failed(InputRecord record, String errorCode, String errorMessage, int attemptsMade) {
    }

    /**
     * Writes the failures of one step as one object.
     *
     * @param lambdaArn the transformation's function, or null for the other steps
     */
    void write(DeliveryStream stream, String errorOutputType, List<Failed> failed, String lambdaArn, Instant now) {
        write(stream, errorOutputType, failed, now, f -> {
            ObjectNode doc = JSON.createObjectNode();
            doc.put("rawData", base64(f));
            doc.put("errorCode", f.errorCode());
            doc.put("errorMessage", f.errorMessage());
            doc.put("attemptsMade", f.attemptsMade());
            doc.put("arrivalTimestamp", f.record().arrivalMillis());
            doc.put("attemptEndingTimestamp", now.toEpochMilli());
            if (lambdaArn != null) {
                doc.put("lambdaARN", lambdaArn);
            }
            return doc;
        });
    }

    /**
     * Records format conversion failed, in AWS's document for them: {@code attemptsMade, arrivalTimestamp,
     * lastErrorCode, lastErrorMessage, attemptEndingTimestamp, rawData}, the Kinesis sequence numbers for a Kinesis
     * source, and the catalog table.
     */
    void writeConversionFailures(DeliveryStream stream, List<Failed> failed, ObjectNode table, Instant now) {
        write(stream, FORMAT_CONVERSION_FAILED, failed, now, f -> {
            ObjectNode doc = JSON.createObjectNode();
            doc.put("attemptsMade", f.attemptsMade());
            doc.put("arrivalTimestamp", f.record().arrivalMillis());
            doc.put("lastErrorCode", f.errorCode());
            doc.put("lastErrorMessage", f.errorMessage());
            doc.put("attemptEndingTimestamp", now.toEpochMilli());
            doc.put("rawData", base64(f));
            if (f.record().origin() != null) {
                doc.put("sequenceNumber", f.record().origin().sequenceNumber());
                doc.put("subSequenceNumber", f.record().origin().subsequenceNumber());
            }
            doc.set("dataCatalogTable", table);
            return doc;
        });
    }

    /** One object of documents, one line each, dated by the earliest failed record's arrival. */
    private void write(DeliveryStream stream, String errorOutputType, List<Failed> failed, Instant now,
            Function<Failed, ObjectNode> document) {
        if (failed.isEmpty()) {
            return;
        }
        List<byte[]> documents = new ArrayList<>(failed.size());
        long first = Long.MAX_VALUE;
        for (Failed f : failed) {
            documents.add((document.apply(f) + "\n").getBytes(StandardCharsets.UTF_8));
            first = Math.min(first, f.record().arrivalMillis());
        }
        writer.writeErrors(stream, log, s3(stream.destination()), errorOutputType, Instant.ofEpochMilli(first),
                documents, now);
    }

    private static String base64(Failed f) {
        return Base64.getEncoder().encodeToString(f.record().raw());
    }

    private static S3Writer.S3Config s3(DestinationDescription d) {
        ExtendedS3DestinationDescription s3 = d.extendedS3DestinationDescription();
        if (s3 != null) {
            return S3Writer.S3Config.of(s3.bucketARN(), s3.prefix(), s3.errorOutputPrefix(), s3.compressionFormat(),
                    s3.fileExtension(), s3.customTimeZone());
        }
        HttpEndpointDestinationDescription http = d.httpEndpointDestinationDescription();
        if (http != null) {
            return S3Writer.S3Config.of(http.s3DestinationDescription());
        }
        return S3Writer.S3Config.of(CaptureSink.nestedS3(d));
    }
}
