package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class ThrottlingJsonTest extends ThrottlingContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
