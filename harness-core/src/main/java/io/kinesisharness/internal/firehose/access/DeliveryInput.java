package io.kinesisharness.internal.firehose.access;

import java.util.List;

/**
 * What Firehose offers the services that send to delivery streams (Kinesis Data Analytics' outputs): records put as
 * PutRecordBatch would put them, buffered and delivered by the stream's own configuration.
 */
public interface DeliveryInput {

    String SERVICE = "firehose";

    /**
     * @param deliveryStreamArn {@code arn:aws:firehose:<region>:<account>:deliverystream/<name>}
     * @throws IllegalArgumentException naming the stream when it does not exist, is not ACTIVE or reads a Kinesis
     *         stream (only DirectPut streams take records)
     */
    void put(String deliveryStreamArn, List<byte[]> records);
}
