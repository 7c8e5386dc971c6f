package io.kinesisharness.internal.dispatch;

/**
 * An operation output holding resources until it has been encoded: the dispatcher releases it right after
 * writing it (a GetRecords answer holds the shard memory its records are read from).
 */
public interface Releasable {
    void release();
}
