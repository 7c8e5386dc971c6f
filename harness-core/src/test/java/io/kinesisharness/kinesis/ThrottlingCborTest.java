package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class ThrottlingCborTest extends ThrottlingContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
