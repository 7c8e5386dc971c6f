package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class AccountJsonTest extends AccountContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
