package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.Wire;

class StreamSettingsJsonTest extends StreamSettingsContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }
}
