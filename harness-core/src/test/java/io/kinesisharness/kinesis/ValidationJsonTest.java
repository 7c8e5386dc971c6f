package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class ValidationJsonTest extends ValidationContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
