package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class TagsCborTest extends TagsContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
