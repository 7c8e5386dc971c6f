package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class StreamSettingsCborTest extends StreamSettingsContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }
}
