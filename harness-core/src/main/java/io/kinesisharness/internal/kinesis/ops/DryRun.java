package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.kinesis.KinesisErrors;

/**
 * AWS's answer to a data-plane call with {@code DryRun} set: after every check the real call makes, a
 * DryRunOperationException instead of reading or writing anything.
 */
public final class DryRun {

    private DryRun() {
    }

    public static void stopIfSet(Boolean dryRun) {
        if (Boolean.TRUE.equals(dryRun)) {
            throw KinesisErrors.DRY_RUN.exception("Request would have succeeded, but DryRun flag is set.");
        }
    }
}
