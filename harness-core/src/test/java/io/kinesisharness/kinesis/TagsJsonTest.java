package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class TagsJsonTest extends TagsContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
