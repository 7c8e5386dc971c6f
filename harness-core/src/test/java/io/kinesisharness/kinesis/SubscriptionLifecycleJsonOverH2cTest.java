package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.AsyncKinesisClients;
import io.kinesisharness.kinesis.support.Wire;

class SubscriptionLifecycleJsonOverH2cTest extends SubscriptionLifecycleContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }

    @Override
    protected AsyncKinesisClients.Transport transport() {
        return AsyncKinesisClients.Transport.H2C_PRIOR_KNOWLEDGE;
    }
}
