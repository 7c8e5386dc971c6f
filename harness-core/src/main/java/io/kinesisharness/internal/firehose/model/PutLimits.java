package io.kinesisharness.internal.firehose.model;

import io.kinesisharness.internal.common.TokenBucket;

/**
 * A DirectPut stream's put quota as AWS's PutRecord documentation states it: 2,000 calls, 5,000 records and 5 MiB a
 * second, PutRecord and PutRecordBatch together, on the harness clock. Checked only with {@code --throttling}.
 */
public final class PutLimits {

    private final TokenBucket calls;
    private final TokenBucket records;
    private final TokenBucket bytes;

    public PutLimits(long nowMillis) {
        this.calls = new TokenBucket(2_000, nowMillis);
        this.records = new TokenBucket(5_000, nowMillis);
        this.bytes = new TokenBucket(5L * 1024 * 1024, nowMillis);
    }

    /** Whether one more call fits this second. */
    public boolean admitCall(long nowMillis) {
        return calls.tryTake(1, nowMillis);
    }

    /** Whether one more record of {@code size} bytes fits this second (taken if it does). */
    public synchronized boolean admitRecord(int size, long nowMillis) {
        if (!records.canTake(1, nowMillis) || !bytes.canTake(size, nowMillis)) {
            return false;
        }
        records.tryTake(1, nowMillis);
        bytes.tryTake(size, nowMillis);
        return true;
    }
}
