package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class ReshardingJsonTest extends ReshardingContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
