package io.kinesisharness.kinesis;

import io.kinesisharness.kinesis.support.AsyncKinesisClients;
import io.kinesisharness.kinesis.support.Wire;

class SubscriptionLifecycleCborOverTlsAlpnTest extends SubscriptionLifecycleContract {
    @Override
    protected Wire wire() {
        return Wire.CBOR;
    }

    @Override
    protected AsyncKinesisClients.Transport transport() {
        return AsyncKinesisClients.Transport.TLS_WITH_ALPN;
    }
}
