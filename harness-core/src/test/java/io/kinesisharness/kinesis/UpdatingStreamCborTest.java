package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class UpdatingStreamCborTest extends UpdatingStreamContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
