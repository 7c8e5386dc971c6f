package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class ListingCborTest extends ListingContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
