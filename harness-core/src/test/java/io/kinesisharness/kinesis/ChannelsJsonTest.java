package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class ChannelsJsonTest extends ChannelsContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
