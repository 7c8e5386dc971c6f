package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class DryRunJsonTest extends DryRunContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
