package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.common.TokenBucket;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** What an account holds in one region besides its streams: settings, channels and per-account API rates. */
public final class AccountState {

    private final BillingCommitment commitment = new BillingCommitment();
    private final ConcurrentMap<String, KinesisChannel> channels = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, TokenBucket> operations = new ConcurrentHashMap<>();

    public TokenBucket operation(String name, long perSecond, long nowMillis) {
        return operations.computeIfAbsent(name, n -> new TokenBucket(perSecond, nowMillis));
    }

    public BillingCommitment commitment() {

        return commitment;

    }

    public ConcurrentMap<String, KinesisChannel> channels() {
        return channels;
    }
}
