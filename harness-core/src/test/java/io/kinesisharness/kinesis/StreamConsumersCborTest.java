package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class StreamConsumersCborTest extends StreamConsumersContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
