package io.kinesisharness.firehose;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One delivery a Firehose delivery stream made (or attempted), as a test reads it back: where it went, when on the
 * harness clock, the records in it split back apart (decompressed, after processing), and the exact bytes written
 * or sent.
 *
 * @param deliveryStream the delivery stream's name
 * @param destination where it went
 * @param time when, on the harness clock
 * @param target {@code s3://bucket/key} for objects, the URL for HTTP endpoints, the index, HEC URL or table for the
 *     other destinations
 * @param records the records in it, one entry per record, in order (for error objects: the error documents)
 * @param body the exact bytes: the object as stored (compressed), the HTTP request body as sent, the bulk body
 * @param attributes for objects {@code Content-Type} and {@code Content-Encoding}; for HTTP the request headers
 * @param attempts how many attempts it took (or were made, when it failed)
 * @param errorCode null when delivered; else AWS's error code for the failure ({@code HttpEndpoint.DestinationException})
 * @param errorMessage null when delivered; else what AWS would log
 */
public record FirehoseDelivery(String deliveryStream, Destination destination, Instant time, String target,
        List<byte[]> records, byte[] body, Map<String, String> attributes, int attempts, String errorCode,
        String errorMessage) {

    /** Where a delivery went. */
    public enum Destination {
        /** The S3 destination's bucket (or a Redshift destination's intermediate bucket). */
        S3,
        /** The S3 backup: all source records (AllData, Enabled) into the backup configuration's bucket. */
        S3_BACKUP,
        /** Error documents (one per failed record) under the error output prefix. */
        S3_ERROR,
        HTTP_ENDPOINT,
        OPENSEARCH,
        OPENSEARCH_SERVERLESS,
        ELASTICSEARCH,
        SPLUNK,
        REDSHIFT,
        SNOWFLAKE,
        ICEBERG
    }

    /** Whether it arrived (false: this is a failed attempt, or the final failure). */
    public boolean delivered() {
        return errorCode == null;
    }

    /** The records as UTF-8 text. */
    public List<String> recordsAsStrings() {
        return records.stream().map(r -> new String(r, StandardCharsets.UTF_8)).toList();
    }

    /** For objects: the bucket; otherwise null. */
    public String bucket() {
        if (!target.startsWith("s3://")) {
            return null;
        }
        int slash = target.indexOf('/', 5);
        return target.substring(5, slash);
    }

    /** For objects: the key; otherwise null. */
    public String key() {
        if (!target.startsWith("s3://")) {
            return null;
        }
        return target.substring(target.indexOf('/', 5) + 1);
    }
}
