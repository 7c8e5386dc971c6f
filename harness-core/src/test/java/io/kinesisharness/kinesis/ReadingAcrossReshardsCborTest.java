package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class ReadingAcrossReshardsCborTest extends ReadingAcrossReshardsContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
