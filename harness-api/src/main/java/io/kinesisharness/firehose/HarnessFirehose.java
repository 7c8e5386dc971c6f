package io.kinesisharness.firehose;

import java.util.List;

/**
 * A test's view of the harness's Firehose, the same in-process and over the admin API: what each delivery stream
 * delivered, and delivery now instead of at the end of a buffering interval. Streams are named in the harness's
 * default account and region.
 */
public interface HarnessFirehose {

    /**
     * Delivers what the delivery stream has buffered now, as if its buffering interval had ended; returns once
     * delivered (or once an attempt failed and its retry is scheduled on the harness clock).
     *
     * @throws IllegalArgumentException when there is no such delivery stream
     */
    void flush(String deliveryStream);

    /**
     * Sends log events to a DirectPut delivery stream as a CloudWatch Logs subscription filter does: one record,
     * the gzipped JSON envelope ({@code DATA_MESSAGE}, the harness's account as owner, one event per message, stamped
     * with the harness clock). This is how a test feeds a stream that decompresses CloudWatch Logs records, which
     * refuses PutRecord as AWS's does.
     *
     * @throws IllegalArgumentException when there is no such delivery stream, or it is not DirectPut
     */
    void putLogEvents(String deliveryStream, String logGroup, String logStream, List<String> messages);

    /** Sends the {@code CONTROL_MESSAGE} CloudWatch Logs sends when a subscription filter is created. */
    void putControlMessage(String deliveryStream);

    /** {@link #flush(String)} for every delivery stream of every account and region. */
    void flushAll();

    /**
     * Every delivery the stream made or attempted, oldest first: objects, backup and error objects, HTTP requests,
     * captured deliveries of the other destinations. Empty for a stream that delivered nothing yet.
     */
    List<FirehoseDelivery> deliveries(String deliveryStream);

    /** The records the stream delivered to its destination (not backups, not failures), oldest first, as text. */
    default List<String> deliveredRecords(String deliveryStream) {
        return deliveries(deliveryStream).stream()
                .filter(d -> d.delivered() && d.destination() != FirehoseDelivery.Destination.S3_BACKUP
                        && d.destination() != FirehoseDelivery.Destination.S3_ERROR)
                .flatMap(d -> d.recordsAsStrings().stream()).toList();
    }
}
