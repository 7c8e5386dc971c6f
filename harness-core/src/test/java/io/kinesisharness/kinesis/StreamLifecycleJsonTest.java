package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class StreamLifecycleJsonTest extends StreamLifecycleContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
