package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class IteratorsCborTest extends IteratorsContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
