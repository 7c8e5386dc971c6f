package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class ListingJsonTest extends ListingContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
