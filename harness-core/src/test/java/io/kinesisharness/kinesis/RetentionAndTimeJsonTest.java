package io.kinesisharness.kinesis;

import io.kinesisharness.KinesisHarness;
import io.kinesisharness.kinesis.support.TimeControl;
import io.kinesisharness.kinesis.support.Wire;

/** Time moved in-process through {@code harness.clock()}. */
class RetentionAndTimeJsonTest extends RetentionAndTimeContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }

    @Override
    protected TimeControl timeControl(KinesisHarness harness) {
        return TimeControl.inProcess(harness);
    }
}
