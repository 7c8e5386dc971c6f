package io.kinesisharness.internal.common;

/**
 * A token bucket on the harness clock: it holds up to one second of its rate (or a given burst) and refills
 * continuously as the clock moves, so N calls at one instant pass, the next fails, and advancing the clock by a second frees it.
 * Never reads the wall clock and never waits.
 */
public final class TokenBucket {

    private final long capacity;
    private final long perSecond;
    /** Tokens times 1000, so refilling by elapsed milliseconds stays exact in integers. */
    private long milliTokens;
    private long lastMillis;

    public TokenBucket(long perSecond, long nowMillis) {
        this(perSecond, perSecond, nowMillis);
    }

    /** A bucket that holds up to {@code capacity} tokens (a burst of several seconds' rate), full at first. */
    public TokenBucket(long perSecond, long capacity, long nowMillis) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.milliTokens = capacity * 1000;
        this.lastMillis = nowMillis;
    }

    /**
     * Takes {@code n} tokens if the bucket holds them. A request larger than the whole bucket (a record above
     * 1 MiB) passes when the bucket is full and leaves it in debt, which later requests wait out.
     */
    public synchronized boolean tryTake(long n, long nowMillis) {
        if (!canTake(n, nowMillis)) {
            return false;
        }
        milliTokens -= n * 1000;
        return true;
    }

    public synchronized boolean canTake(long n, long nowMillis) {
        refill(nowMillis);
        return milliTokens >= Math.min(n, capacity) * 1000;
    }

    /** True while the bucket is not empty or in debt. */
    public synchronized boolean hasAny(long nowMillis) {
        refill(nowMillis);
        return milliTokens > 0;
    }

    /** Charges what a call turned out to cost (bytes read), even into debt. */
    public synchronized void charge(long n, long nowMillis) {
        refill(nowMillis);
        milliTokens -= n * 1000;
    }

    private void refill(long nowMillis) {
        if (nowMillis > lastMillis) {
            long full = capacity * 1000;
            long elapsed = nowMillis - lastMillis;
            // Capped first: a long jump of the clock must not overflow the product.
            long gain = elapsed > 86_400_000L ? full + Math.max(0, -milliTokens) : elapsed * perSecond;
            milliTokens = Math.min(full, milliTokens + gain);
        }
        lastMillis = Math.max(lastMillis, nowMillis);
    }
}
