package io.kinesisharness.internal.firehose.access;

import java.util.List;

/**
 * What Firehose offers the services that send to delivery streams or read what they take (Kinesis Data Analytics'
 * outputs and inputs): records put as PutRecordBatch would put them, buffered and delivered by the stream's own
 * configuration; and a tap on the records a stream takes.
 */
public interface DeliveryInput {

    String SERVICE = "firehose";

    /**
     * Puts through PutRecordBatch itself (its checks, limits and throttling), in batches of its limits.
     *
     * @param deliveryStreamArn {@code arn:aws:firehose:<region>:<account>:deliverystream/<name>}
     * @return the records PutRecordBatch refused one by one (throttled), to be sent again
     * @throws IllegalArgumentException with AWS's error when PutRecordBatch refuses the call (the stream does not
     *         exist or is not ACTIVE, reads a Kinesis stream, takes CloudWatch Logs only)
     */
    List<byte[]> put(String deliveryStreamArn, List<byte[]> records);

    /**
     * Hands {@code receiver} every record the delivery stream takes from now on (whatever its source), as it takes
     * them, until the returned handle is run.
     *
     * @throws IllegalArgumentException naming the stream when it does not exist
     */
    Runnable tap(String deliveryStreamArn, java.util.function.Consumer<List<TappedRecord>> receiver);

    /** A record a delivery stream took: its data and when it arrived. */
    record TappedRecord(byte[] data, long arrivalMillis) {
    }
}
