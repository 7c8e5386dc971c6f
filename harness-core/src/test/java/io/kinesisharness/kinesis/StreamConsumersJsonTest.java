package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class StreamConsumersJsonTest extends StreamConsumersContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
