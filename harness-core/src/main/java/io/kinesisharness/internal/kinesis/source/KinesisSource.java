package io.kinesisharness.internal.kinesis.source;

import java.util.List;

/**
 * What other services of the harness may read of Kinesis Data Streams: a stream's records from its tip onwards,
 * shard by shard in order, following resharding (a parent's records before its children's). Firehose's
 * KinesisStreamAsSource reads through this, as Kinesis Data Analytics' inputs do (and its outputs write through it);
 * none of them sees Kinesis's internals.
 */
public interface KinesisSource {

    /** The service name to ask the harness for this interface by. */
    String SERVICE = "kinesis";

    /**
     * A reader positioned at the stream's tip now (records put from now on), on every open shard.
     *
     * @param streamArn {@code arn:aws:kinesis:<region>:<account>:stream/<name>}
     * @throws IllegalArgumentException naming the stream when it does not exist (or is not ACTIVE)
     */
    StreamReader readFromTip(String streamArn);

    /**
     * A reader positioned at the oldest record the stream keeps (TRIM_HORIZON), on every shard whose parents have
     * aged out: the shards read in the order resharding made them.
     *
     * @throws IllegalArgumentException naming the stream when it does not exist (or is not ACTIVE)
     */
    StreamReader readFromTrimHorizon(String streamArn);

    /**
     * Appends records as PutRecords would, each routed by its partition key and counted against its shard's write
     * limits (Kinesis Data Analytics' outputs write so).
     *
     * @return those refused for throughput, which the caller retries (empty when all were stored)
     * @throws IllegalArgumentException naming the stream when it does not exist (or is not ACTIVE)
     */
    List<OutgoingRecord> put(String streamArn, List<OutgoingRecord> records);

    /** A record to append: its partition key and data. */
    record OutgoingRecord(String partitionKey, byte[] data) {
    }

    /** Reads on from where it stopped; one reader is not for concurrent use. */
    interface StreamReader {

        /**
         * Up to {@code maxRecords} records that arrived since the last poll: each shard's in order, a closed
         * shard's to its end before its children's. Empty when nothing new arrived.
         */
        List<SourceRecord> poll(int maxRecords);

        /** Whether the stream was deleted (or deleted and made again: that is another stream), so no more come. */
        boolean ended();
    }

    /** One record with the coordinates a consumer sees: shard, partition key, sequence number, arrival time. */
    record SourceRecord(String shardId, String partitionKey, String sequenceNumber, long arrivalMillis, byte[] data) {
    }
}
