package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.common.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The streams of one account in one region. */
public final class KinesisRegion {

    private final Scope scope;
    private final ConcurrentMap<String, KinesisStream> streams = new ConcurrentHashMap<>();
    private final AccountState account = new AccountState();
    private long lastIncarnation;

    public KinesisRegion(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    /** The stream by name if it exists at this instant (finished deletions are purged on the way). */
    public KinesisStream find(String name, long nowMillis) {
        KinesisStream s = streams.get(name);
        if (s != null && s.isGone(nowMillis)) {
            purge(s);
            return null;
        }
        if (s != null) {
            s.settle(nowMillis);
        }
        return s;
    }

    /** Removes a stream that has finished deleting, letting go of its records' memory at once. */
    public void purge(KinesisStream stream) {
        if (streams.remove(stream.name(), stream)) {
            stream.dropRecords();
        }
    }

    /** Every stream's records go (the harness reset). */
    public void dropAll() {
        for (KinesisStream s : streams.values()) {
            s.dropRecords();
        }
        streams.clear();
    }

    /** Adds a stream unless the name is taken; returns the existing stream in that case. */
    public KinesisStream putIfAbsent(KinesisStream stream) {
        return streams.putIfAbsent(stream.name(), stream);
    }

    /**
     * A stream incarnation that was never used before in this region, so sequence numbers and iterators of a
     * deleted stream never pass for a new stream of the same name.
     */
    public synchronized long nextIncarnation(long nowMillis) {
        lastIncarnation = Math.max(lastIncarnation + 1, nowMillis);
        return lastIncarnation;
    }

    public List<KinesisStream> streams(long nowMillis) {
        List<KinesisStream> live = new ArrayList<>();
        for (KinesisStream s : streams.values()) {
            if (s.isGone(nowMillis)) {
                purge(s);
            } else {
                s.settle(nowMillis);
                live.add(s);
            }
        }
        return live;
    }

    /** Open shards counted against the account's shard limit. */
    public int openShardCount(long nowMillis) {
        int n = 0;
        for (KinesisStream s : streams(nowMillis)) {
            n += s.openShards().size();
        }
        return n;
    }

    public AccountState account() {
        return account;
    }
}
