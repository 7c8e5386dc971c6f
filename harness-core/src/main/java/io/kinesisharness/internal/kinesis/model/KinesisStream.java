package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.common.Scope;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * One stream's state. Status transitions are computed from the clock (a stream is CREATING until its
 * activation instant, and so on), so they happen exactly when the harness clock passes them.
 */
public final class KinesisStream {

    static final BigInteger MAX_HASH_KEY = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
    private static final long HOUR_MILLIS = 3_600_000L;

    private final Scope scope;
    private final String name;
    private final String arn;
    private final long incarnation;
    private final long createdMillis;
    private final long activeAtMillis;
    private volatile String mode;
    private volatile int retentionHours = 24;
    /** Arrivals before this have expired under some earlier retention period and never come back. */
    private volatile long expiredBeforeMillis = Long.MIN_VALUE;
    private volatile long updatingUntilMillis;
    private volatile long deletingSinceMillis = -1;
    private volatile long goneAtMillis = Long.MAX_VALUE;
    private volatile String encryptionType = "NONE";
    private volatile String keyId;
    private volatile int maxRecordSizeKiB = 1024;
    /** Every shard ever created, by index. Guarded by this. */
    private final List<StreamShard> shards = new ArrayList<>();
    /** Enhanced fan-out consumers registered with this stream; they go away with it. */
    private final StreamConsumers consumers = new StreamConsumers();
    /** Open shards by starting hash key: the write path's routing table, replaced whole on change. */
    private volatile StreamShard[] openShards = new StreamShard[0];
    /** Tags, policy, monitoring and the other settings the control plane changes; kept apart to keep this small. */
    private final StreamAttributes attributes = new StreamAttributes();
    /** What a running update does when its UPDATING period ends. Guarded by this. */
    private final List<PendingChange> pendingChanges = new ArrayList<>(1);
    private volatile long nextChangeMillis = Long.MAX_VALUE;

    public KinesisStream(Scope scope, String name, long incarnation, long createdMillis, long activeAtMillis, String mode) {
        this.scope = scope;
        this.name = name;
        this.arn = scope.arn("kinesis", "stream/" + name);
        this.incarnation = incarnation;
        this.createdMillis = createdMillis;
        this.activeAtMillis = activeAtMillis;
        this.mode = mode;
    }

    /** Creates {@code count} shards splitting the hash-key space evenly, as CreateStream does. */
    public synchronized void createInitialShards(int count) {
        BigInteger step = MAX_HASH_KEY.add(BigInteger.ONE).divide(BigInteger.valueOf(count));
        for (int i = 0; i < count; i++) {
            BigInteger start = step.multiply(BigInteger.valueOf(i));
            BigInteger end = i == count - 1 ? MAX_HASH_KEY : start.add(step).subtract(BigInteger.ONE);
            shards.add(new StreamShard(this, shards.size(), start, end, null, null, createdMillis));
        }
        refreshRouting();
    }

    /** Adds a shard (resharding), returning it; callers close parents themselves. */
    public synchronized StreamShard addShard(BigInteger start, BigInteger end, String parent, String adjacent, long now) {
        StreamShard s = new StreamShard(this, shards.size(), start, end, parent, adjacent, now);
        shards.add(s);
        return s;
    }

    public synchronized void refreshRouting() {
        openShards = shards.stream().filter(StreamShard::isOpen)
                .sorted(Comparator.comparing(StreamShard::startingHashKey)).toArray(StreamShard[]::new);
    }

    /** The open shard whose hash-key range holds {@code hashKey}. */
    public StreamShard route(HashKey hashKey) {
        StreamShard[] open = openShards;
        int lo = 0;
        int hi = open.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            StreamShard s = open[mid];
            if (s.endKey().compareTo(hashKey) < 0) {
                lo = mid + 1;
            } else if (s.startKey().compareTo(hashKey) > 0) {
                hi = mid - 1;
            } else {
                return s;
            }
        }
        throw new IllegalStateException("No open shard covers hash key " + hashKey + " in stream " + name);
    }

    /** Lets go of the memory of every record ever stored in the stream (it is gone, or the harness reset). */
    public void dropRecords() {
        for (StreamShard shard : allShards()) {
            shard.log().dropAll();
        }
    }

    public synchronized List<StreamShard> allShards() {
        return List.copyOf(shards);
    }

    public List<StreamShard> openShards() {
        return Arrays.asList(openShards);
    }

    /** A shard by id (long or short form), or null. */
    public synchronized StreamShard shard(String shardId) {
        int index = StreamShard.indexOf(shardId);
        return index >= 0 && index < shards.size() ? shards.get(index) : null;
    }

    public synchronized StreamShard shard(int index) {
        return index >= 0 && index < shards.size() ? shards.get(index) : null;
    }

    public StreamStatus status(long nowMillis) {
        if (deletingSinceMillis >= 0) {
            return StreamStatus.DELETING;
        }
        if (nowMillis < activeAtMillis) {
            return StreamStatus.CREATING;
        }
        if (nowMillis < updatingUntilMillis) {
            return StreamStatus.UPDATING;
        }
        return StreamStatus.ACTIVE;
    }

    /** True once a deleted stream has finished DELETING and must look as if it never existed. */
    public boolean isGone(long nowMillis) {
        return nowMillis >= goneAtMillis;
    }

    public void markDeleting(long nowMillis, long goneAtMillis) {
        this.deletingSinceMillis = nowMillis;
        this.goneAtMillis = goneAtMillis;
    }

    public void markUpdating(long untilMillis) {
        this.updatingUntilMillis = untilMillis;
    }

    /**
     * Starts an update: the stream is UPDATING until {@code dueMillis}, when {@code change} takes effect, as AWS
     * shows new shards, modes and keys only once the stream is ACTIVE again. A zero delay applies it at once.
     */
    public synchronized void beginUpdate(long nowMillis, long dueMillis, LongConsumer change) {
        markUpdating(dueMillis);
        pendingChanges.add(new PendingChange(dueMillis, change));
        nextChangeMillis = Math.min(nextChangeMillis, dueMillis);
        settle(nowMillis);
    }

    /**
     * Applies the updates due by {@code nowMillis}, each at its own due time. Every lookup settles the stream
     * first, so nothing can observe the stream between the end of an update and its effect, and nothing has to
     * be scheduled.
     */
    public void settle(long nowMillis) {
        if (nowMillis < nextChangeMillis) {
            return;
        }
        synchronized (this) {
            pendingChanges.sort(Comparator.comparingLong(PendingChange::dueMillis));
            while (!pendingChanges.isEmpty() && pendingChanges.get(0).dueMillis() <= nowMillis) {
                PendingChange c = pendingChanges.remove(0);
                c.change().accept(c.dueMillis());
            }
            nextChangeMillis = pendingChanges.isEmpty() ? Long.MAX_VALUE : pendingChanges.get(0).dueMillis();
        }
    }

    private record PendingChange(long dueMillis, LongConsumer change) {
    }

    /** Records that arrived before this instant have outlived the retention period. */
    public long retentionCutoffMillis(long nowMillis) {
        return Math.max(nowMillis - retentionHours * HOUR_MILLIS + 1, expiredBeforeMillis);
    }

    /** A closed shard drops out of listings once all its records have aged out. */
    public boolean isExpired(StreamShard shard, long nowMillis) {
        return !shard.isOpen() && shard.closedMillis() + retentionHours * HOUR_MILLIS <= nowMillis;
    }

    public Scope scope() {
        return scope;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public long incarnation() {
        return incarnation;
    }

    public long createdMillis() {
        return createdMillis;
    }

    public String mode() {
        return mode;
    }

    public void mode(String mode) {
        this.mode = mode;
    }

    public int retentionHours() {
        return retentionHours;
    }

    /**
     * Changes the retention period at {@code nowMillis}. Whatever had expired by then, under the old period or
     * the new one, stays expired: AWS never makes expired data readable again by raising the period.
     */
    public synchronized void retentionHours(int hours, long nowMillis) {
        expiredBeforeMillis = retentionCutoffMillis(nowMillis);
        this.retentionHours = hours;
    }

    public String encryptionType() {
        return encryptionType;
    }

    public String keyId() {
        return keyId;
    }

    public void encryption(String type, String keyId) {
        this.encryptionType = type;
        this.keyId = keyId;
    }

    public int maxRecordSizeKiB() {
        return maxRecordSizeKiB;
    }

    public void maxRecordSizeKiB(int kib) {
        this.maxRecordSizeKiB = kib;
    }

    /** EncryptionType as PutRecord and records report it: present only when the stream is encrypted. */
    public String recordEncryptionType() {
        String type = encryptionType;
        return "NONE".equals(type) ? null : type;
    }

    public StreamAttributes attributes() {
        return attributes;
    }

    public StreamConsumers consumers() {
        return consumers;
    }
}
