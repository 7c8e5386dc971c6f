package io.kinesisharness.lambda;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One record of a transformation invocation, decoded.
 *
 * @param recordId the id the response must carry back
 * @param data the record's bytes (decoded from the event's base64)
 * @param approximateArrivalTimestamp when the record arrived
 * @param kinesis where a Kinesis stream source had it, or null for a direct put
 */
public record TransformInput(String recordId, byte[] data, Instant approximateArrivalTimestamp,
        KinesisMetadata kinesis) {

    /** A Kinesis source record's coordinates, as {@code kinesisRecordMetadata} gives them. */
    public record KinesisMetadata(String shardId, String partitionKey, String sequenceNumber,
            long subsequenceNumber, Instant approximateArrivalTimestamp) {
    }

    /** The data as UTF-8 text. */
    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }
}
