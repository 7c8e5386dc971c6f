package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class IsolationJsonTest extends IsolationContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
