package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class RecordsJsonTest extends RecordsContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
