package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class UpdatingStreamJsonTest extends UpdatingStreamContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
