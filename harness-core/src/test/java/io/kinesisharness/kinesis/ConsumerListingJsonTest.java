package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class ConsumerListingJsonTest extends ConsumerListingContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
