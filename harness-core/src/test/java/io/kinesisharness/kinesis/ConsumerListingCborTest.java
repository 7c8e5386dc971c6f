package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class ConsumerListingCborTest extends ConsumerListingContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
