package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class FaultsOnNewOperationsJsonTest extends FaultsOnNewOperationsContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
