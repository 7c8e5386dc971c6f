package io.kinesisharness.junit;

/** The body encoding injected Kinesis clients use. */
public enum WireProtocol {
    /** CBOR 1.1, the AWS SDK for Java v2 default for Kinesis. */
    CBOR,
    /** AWS JSON 1.1 (what {@code aws.cborEnabled=false} selects). */
    JSON
}
