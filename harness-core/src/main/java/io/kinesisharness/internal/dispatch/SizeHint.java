package io.kinesisharness.internal.dispatch;

/**
 * An operation output that can tell about how large it encodes, so the transport allocates its buffer once
 * instead of doubling it (and copying) a dozen times while a 2 MB GetRecords answer is written.
 */
public interface SizeHint {
    /** Bytes the encoded output will take, in either format; a little more is better than less. */
    int encodedSizeHint();
}
