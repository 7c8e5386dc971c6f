package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class AccountCborTest extends AccountContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
