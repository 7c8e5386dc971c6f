package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class ReadingAcrossReshardsJsonTest extends ReadingAcrossReshardsContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
