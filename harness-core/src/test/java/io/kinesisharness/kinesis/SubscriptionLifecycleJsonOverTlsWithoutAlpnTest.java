package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.AsyncKinesisClients;
import io.kinesisharness.kinesis.support.Wire;

class SubscriptionLifecycleJsonOverTlsWithoutAlpnTest extends SubscriptionLifecycleContract {
    @Override
    protected Wire wire() {
        return Wire.JSON;
    }

    @Override
    protected AsyncKinesisClients.Transport transport() {
        return AsyncKinesisClients.Transport.TLS_WITHOUT_ALPN;
    }
}
