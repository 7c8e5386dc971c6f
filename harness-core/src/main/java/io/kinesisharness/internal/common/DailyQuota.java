package io.kinesisharness.internal.common;

import java.util.ArrayDeque;

/** At most {@code max} uses in any rolling 24 hours of harness-clock time (AWS's per-stream daily quotas). */
public final class DailyQuota {

    private static final long DAY_MILLIS = 86_400_000L;

    private final int max;
    private final ArrayDeque<Long> uses = new ArrayDeque<>();

    public DailyQuota(int max) {
        this.max = max;
    }

    public synchronized boolean tryUse(long nowMillis) {
        while (!uses.isEmpty() && uses.peekFirst() <= nowMillis - DAY_MILLIS) {
            uses.pollFirst();
        }
        if (uses.size() >= max) {
            return false;
        }
        uses.addLast(nowMillis);
        return true;
    }
}
