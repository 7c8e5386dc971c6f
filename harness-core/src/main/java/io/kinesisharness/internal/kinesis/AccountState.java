package io.kinesisharness.internal.kinesis;

import io.kinesisharness.internal.common.TokenBucket;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** What an account holds in one region besides its streams: settings, channels and per-account API rates. */
final class AccountState {

    final BillingCommitment commitment = new BillingCommitment();
    final ConcurrentMap<String, KinesisChannel> channels = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, TokenBucket> operations = new ConcurrentHashMap<>();

    TokenBucket operation(String name, long perSecond, long nowMillis) {
        return operations.computeIfAbsent(name, n -> new TokenBucket(perSecond, nowMillis));
    }
}
