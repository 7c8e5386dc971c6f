package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class FaultsOnNewOperationsCborTest extends FaultsOnNewOperationsContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
