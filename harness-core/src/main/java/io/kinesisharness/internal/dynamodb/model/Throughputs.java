package io.kinesisharness.internal.dynamodb.model;

/** The throughput settings DynamoDB keeps beside provisioned capacity. */
public final class Throughputs {

    private Throughputs() {
    }

    /**
     * OnDemandThroughput: the most request units a second an on-demand table or index may use; -1 (or absent) is no
     * maximum.
     */
    public record OnDemand(long maxReadRequestUnits, long maxWriteRequestUnits) {
    }

    /** WarmThroughput: the read and write units a second the table or index is prepared for. */
    public record Warm(long readUnitsPerSecond, long writeUnitsPerSecond) {
    }
}
