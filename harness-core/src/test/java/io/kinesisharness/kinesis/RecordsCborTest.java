package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class RecordsCborTest extends RecordsContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
