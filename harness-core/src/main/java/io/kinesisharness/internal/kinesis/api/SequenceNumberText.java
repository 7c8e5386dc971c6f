package io.kinesisharness.internal.kinesis.api;

/** A sequence number that writes its 56 digits into a buffer, so an answer can carry it without a String. */
public interface SequenceNumberText {

    int LENGTH = 56;

    void sequenceNumberInto(char[] into);
}
