package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.AsyncKinesisClients;
import io.kinesisharness.kinesis.support.Wire;

class SubscriptionLifecycleCborOverH2cTest extends SubscriptionLifecycleContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }

    @Override
    protected AsyncKinesisClients.Transport transport() {
        return AsyncKinesisClients.Transport.H2C_PRIOR_KNOWLEDGE;
    }
}
