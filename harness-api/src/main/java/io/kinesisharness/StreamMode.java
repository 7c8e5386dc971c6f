package io.kinesisharness;

/** Capacity mode of a stream, as Kinesis names it. */
public enum StreamMode {
    /** A fixed number of shards, changed by resharding. */
    PROVISIONED,
    /** Capacity managed by the service; starts with 4 shards. */
    ON_DEMAND
}
