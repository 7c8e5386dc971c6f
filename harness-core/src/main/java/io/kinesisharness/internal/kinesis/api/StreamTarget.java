package io.kinesisharness.internal.kinesis.api;

/** A request that names its stream by StreamName or StreamARN. */
public interface StreamTarget {

    String streamName();

    String streamArn();
}
