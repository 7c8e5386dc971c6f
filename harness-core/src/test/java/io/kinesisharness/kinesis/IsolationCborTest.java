package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class IsolationCborTest extends IsolationContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
