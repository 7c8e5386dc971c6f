package io.kinesisharness.internal.analytics.run;

import java.util.List;

/** Where an output's records go: a Kinesis stream, a delivery stream, a function. */
interface OutputSink {

    /** Sends what it can; returns the records to try again later (AWS retries an output indefinitely). */
    List<byte[]> send(List<byte[]> records);
}
