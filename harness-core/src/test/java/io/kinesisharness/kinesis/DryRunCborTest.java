package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class DryRunCborTest extends DryRunContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
