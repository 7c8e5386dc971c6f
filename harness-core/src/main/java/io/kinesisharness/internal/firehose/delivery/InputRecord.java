package io.kinesisharness.internal.firehose.delivery;

/**
 * A record a delivery stream accepted: its bytes, when it arrived on the harness clock, and, when it came from a
 * Kinesis stream, where from.
 */
public record InputRecord(byte[] data, long arrivalMillis, KinesisOrigin origin) {

    /** A Kinesis source record's coordinates (Lambda transformation and error documents carry them). */
    public record KinesisOrigin(String shardId, String partitionKey, String sequenceNumber, long subsequenceNumber) {
    }
}
