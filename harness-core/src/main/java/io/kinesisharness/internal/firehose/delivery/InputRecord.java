package io.kinesisharness.internal.firehose.delivery;

import java.util.Map;

/**
 * A record on its way through a delivery stream: its bytes now, when it arrived on the harness clock, where a
 * Kinesis source had it, the bytes it arrived with (error documents carry those, compressed ones too), and the
 * partition keys a Lambda transformation returned for it.
 */
public record InputRecord(byte[] data, long arrivalMillis, KinesisOrigin origin, byte[] raw,
        Map<String, String> lambdaKeys) {

    public InputRecord {
        raw = raw == null ? data : raw;
        lambdaKeys = lambdaKeys == null ? Map.of() : lambdaKeys;
    }

    /** A record as a source accepted it. */
    public InputRecord(byte[] data, long arrivalMillis, KinesisOrigin origin) {
        this(data, arrivalMillis, origin, data, Map.of());
    }

    /** This record with new bytes (a processor's output), keeping its arrival, origin and raw bytes. */
    InputRecord withData(byte[] newData) {
        return new InputRecord(newData, arrivalMillis, origin, raw, lambdaKeys);
    }

    InputRecord withLambdaKeys(Map<String, String> keys) {
        return new InputRecord(data, arrivalMillis, origin, raw, keys);
    }

    /** A Kinesis source record's coordinates (Lambda transformation and error documents carry them). */
    public record KinesisOrigin(String shardId, String partitionKey, String sequenceNumber, long subsequenceNumber) {
    }
}
