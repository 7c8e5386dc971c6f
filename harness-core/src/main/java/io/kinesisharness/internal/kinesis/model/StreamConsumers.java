package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.kinesis.KinesisErrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The consumers of one stream, in registration order (the order ListStreamConsumers lists them in). */
public final class StreamConsumers {

    static final int MAX_PER_STREAM = 20;

    private final Map<String, StreamConsumer> byName = new LinkedHashMap<>();
    /** Creation second last used in an ARN per name, so a re-registered consumer never gets an earlier ARN. */
    private final Map<String, Long> lastArnSeconds = new HashMap<>();
    private long registrations;

    /**
     * Registers a consumer unless the name is taken or the stream is full. The ARN's second is the creation
     * second, moved on by one if a consumer of the same name already used it, so no two ever share an ARN.
     */
    public synchronized StreamConsumer register(KinesisStream stream, String name, long nowMillis, long activeAtMillis) {
        StreamConsumer existing = find(name, nowMillis);
        if (existing != null) {
            throw KinesisErrors.RESOURCE_IN_USE.exception("Consumer " + existing.arn() + " already exists.");
        }
        if (count(nowMillis) >= MAX_PER_STREAM) {
            throw KinesisErrors.LIMIT_EXCEEDED.exception("Stream " + stream.name() + " under account "
                    + stream.scope().accountId() + " already has the maximum of " + MAX_PER_STREAM
                    + " registered consumers.");
        }
        long seconds = Math.max(Math.floorDiv(nowMillis, 1000), lastArnSeconds.getOrDefault(name, -1L) + 1);
        lastArnSeconds.put(name, seconds);
        StreamConsumer consumer = new StreamConsumer(stream, name, seconds, nowMillis, activeAtMillis,
                ++registrations);
        byName.put(name, consumer);
        return consumer;
    }

    /** The consumer of that name unless it is gone (finished deregistrations are purged on the way). */
    public synchronized StreamConsumer find(String name, long nowMillis) {
        StreamConsumer c = byName.get(name);
        if (c != null && c.isGone(nowMillis)) {
            byName.remove(name);
            return null;
        }
        return c;
    }

    public synchronized List<StreamConsumer> list(long nowMillis) {
        List<StreamConsumer> live = new ArrayList<>(byName.size());
        for (Iterator<StreamConsumer> it = byName.values().iterator(); it.hasNext(); ) {
            StreamConsumer c = it.next();
            if (c.isGone(nowMillis)) {
                it.remove();
            } else {
                live.add(c);
            }
        }
        return live;
    }

    public synchronized int count(long nowMillis) {
        return list(nowMillis).size();
    }

    public synchronized int creatingCount(long nowMillis) {
        int n = 0;
        for (StreamConsumer c : list(nowMillis)) {
            if (c.status(nowMillis).equals("CREATING")) {
                n++;
            }
        }
        return n;
    }

    /** Removes every consumer at once (the stream is being deleted), ending their subscriptions with {@code why}. */
    public void removeAll(long nowMillis, RuntimeException why) {
        List<StreamConsumer> removed;
        synchronized (this) {
            removed = list(nowMillis);
            byName.clear();
        }
        for (StreamConsumer c : removed) {
            c.markDeleting(nowMillis, nowMillis, why);
        }
    }
}
