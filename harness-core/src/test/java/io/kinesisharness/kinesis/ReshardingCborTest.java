package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class ReshardingCborTest extends ReshardingContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
