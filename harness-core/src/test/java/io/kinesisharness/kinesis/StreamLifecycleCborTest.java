package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class StreamLifecycleCborTest extends StreamLifecycleContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
