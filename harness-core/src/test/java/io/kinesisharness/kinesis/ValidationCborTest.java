package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class ValidationCborTest extends ValidationContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
