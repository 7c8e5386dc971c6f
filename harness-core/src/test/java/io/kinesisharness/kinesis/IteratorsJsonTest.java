package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class IteratorsJsonTest extends IteratorsContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
