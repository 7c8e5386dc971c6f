package io.kinesisharness.kinesis;

import io.kinesisharness.KinesisHarness;
import io.kinesisharness.kinesis.support.TimeControl;
import io.kinesisharness.kinesis.support.Wire;

/** Time moved over HTTP with POST /_harness/clock/advance and /_harness/clock/set. */
class RetentionAndTimeViaAdminApiJsonTest extends RetentionAndTimeContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }

    @Override
    protected TimeControl timeControl(KinesisHarness harness) {
        return TimeControl.adminApi(harness);
    }
}
