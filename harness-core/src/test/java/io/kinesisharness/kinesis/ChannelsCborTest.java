package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class ChannelsCborTest extends ChannelsContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
