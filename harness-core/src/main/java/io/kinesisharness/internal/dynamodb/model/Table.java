package io.kinesisharness.internal.dynamodb.model;

import io.kinesisharness.internal.common.ResourceTags;
import io.kinesisharness.internal.common.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One DynamoDB table: its schema and settings, its items ordered for Scan and Query ({@link ItemKey}), its secondary
 * indexes. Every write takes the table's lock, so a conditional write's check and its write are one step against
 * concurrent writers, and the indexes and size change with it. Items are immutable maps; readers take no lock.
 */
public final class Table {

    /** 9999-12-31T23:59:59Z: a TTL beyond it (a time in milliseconds or nanoseconds, say) never expires. */
    private static final java.time.Duration TTL_CHANGE_INTERVAL = java.time.Duration.ofHours(1);
    private static final BigDecimal LATEST_EXPIRY = BigDecimal.valueOf(253_402_300_799L);

    private final Scope scope;
    private final String name;
    private final String arn;
    private final String id = UUID.randomUUID().toString();
    private final Instant created;
    private final KeySchema key;
    private final ConcurrentSkipListMap<ItemKey, Map<String, AttributeValue>> items = new ConcurrentSkipListMap<>();
    private final Map<String, SecondaryIndex> indexes = new LinkedHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final ResourceTags tags = new ResourceTags();
    private final CapacityBuckets capacity = new CapacityBuckets();
    private final Instant activeAt;
    /** Items with a TTL, by expiry (entries go stale when an item changes; {@link #expire} re-reads the item). */
    private final ConcurrentSkipListSet<Expiry> expiries = new ConcurrentSkipListSet<>();
    private final Consumer<Instant> expiryReported;
    private volatile TableSettings settings;
    private long sizeBytes;
    private Instant deletedAt;
    private Instant ttlChangedAt;

    /** @param expiryReported told (under this table's lock) when an item written here expires at a time */
    public Table(Scope scope, String name, KeySchema key, TableSettings settings, Instant created, Instant activeAt,
            Consumer<Instant> expiryReported) {
        this.expiryReported = expiryReported;
        this.scope = scope;
        this.name = name;
        this.arn = scope.arn("dynamodb", "table/" + name);
        this.key = key;
        this.settings = settings;
        this.created = created;
        this.activeAt = activeAt;
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

    public String id() {
        return id;
    }

    public Instant created() {
        return created;
    }

    public KeySchema key() {
        return key;
    }

    public ResourceTags tags() {
        return tags;
    }

    public TableSettings settings() {
        return settings;
    }

    public void settings(TableSettings updated) {
        this.settings = updated;
    }

    /**
     * Turns TTL on or off (null): on, every item already here with the attribute gets its expiry tracked. DynamoDB
     * takes one change an hour per table.
     *
     * @return false, changing nothing, when the last change was less than an hour before {@code now}
     */
    public boolean timeToLive(String attribute, Instant now) {
        lock.lock();
        try {
            if (ttlChangedAt != null && now.isBefore(ttlChangedAt.plus(TTL_CHANGE_INTERVAL))) {
                return false;
            }
            ttlChangedAt = now;
            settings = settings.withTtl(attribute);
            expiries.clear();
            if (attribute != null) {
                items.forEach(this::trackExpiry);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Deletes the items whose TTL lies before {@code deleteBefore}, as DynamoDB's TTL process does.
     *
     * @return the earliest expiry still pending, or null
     */
    public Instant expire(Instant deleteBefore) {
        lock.lock();
        try {
            String attribute = settings.ttlAttribute();
            if (attribute == null || deletedAt != null) {
                expiries.clear();
                return null;
            }
            while (!expiries.isEmpty()) {
                Expiry first = expiries.first();
                if (!Instant.ofEpochSecond(first.second()).isBefore(deleteBefore)) {
                    return Instant.ofEpochSecond(first.second());
                }
                expiries.pollFirst();
                Map<String, AttributeValue> item = items.get(first.key());
                Long current = item == null ? null : expirySecond(item, attribute);
                if (current != null && current == first.second()) {   // else the item changed since
                    write(first.key(), null);
                }
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    private void trackExpiry(ItemKey k, Map<String, AttributeValue> item) {
        Long second = expirySecond(item, settings.ttlAttribute());
        if (second != null) {
            expiries.add(new Expiry(second, k));
            expiryReported.accept(Instant.ofEpochSecond(second));
        }
    }

    /** The item's expiry in epoch seconds: its TTL attribute when that is a number DynamoDB can expire by, else null. */
    static Long expirySecond(Map<String, AttributeValue> item, String attribute) {
        AttributeValue v = item.get(attribute);
        if (v == null || v.type() != AttributeValue.Type.N) {
            return null;
        }
        BigDecimal seconds = v.n();
        if (seconds.signum() < 0 || seconds.compareTo(LATEST_EXPIRY) > 0) {
            return null;   // before 1970, or after year 9999: never expires
        }
        return seconds.longValue();
    }

    /** One tracked expiry. */
    private record Expiry(long second, ItemKey key) implements Comparable<Expiry> {
        @Override
        public int compareTo(Expiry o) {
            int c = Long.compare(second, o.second);
            return c != 0 ? c : key.compareTo(o.key);
        }
    }

    /** CREATING until the create delay passes; DELETING once deleted; UPDATING while an index is being built. */
    public String status(Instant now) {
        lock.lock();
        try {
            if (deletedAt != null) {
                return "DELETING";
            }
            if (now.isBefore(activeAt)) {
                return "CREATING";
            }
            for (SecondaryIndex i : indexes.values()) {
                if ("CREATING".equals(i.status(now))) {
                    return "UPDATING";
                }
            }
            return "ACTIVE";
        } finally {
            lock.unlock();
        }
    }

    public boolean deleted() {
        lock.lock();
        try {
            return deletedAt != null;
        } finally {
            lock.unlock();
        }
    }

    public void markDeleted(Instant now) {
        lock.lock();
        try {
            deletedAt = now;
        } finally {
            lock.unlock();
        }
    }

    /** Its provisioned throughput's buckets, used when the harness throttles. */
    public CapacityBuckets capacity() {
        return capacity;
    }

    public ReentrantLock lock() {
        return lock;
    }

    public Map<String, AttributeValue> get(ItemKey k) {
        return items.get(k);
    }

    public ConcurrentSkipListMap<ItemKey, Map<String, AttributeValue>> items() {
        return items;
    }

    public int itemCount() {
        return items.size();
    }

    public long sizeBytes() {
        lock.lock();
        try {
            return sizeBytes;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Replaces (or with null, removes) the item at a key, keeping indexes and size in step; the caller holds the
     * lock and has run its conditions against {@link #get}.
     *
     * @return the item that was there, or null
     */
    public Map<String, AttributeValue> write(ItemKey k, Map<String, AttributeValue> item) {
        Map<String, AttributeValue> before = item == null ? items.remove(k) : items.put(k, item);
        if (before != null) {
            sizeBytes -= Values.itemSize(before);
        }
        if (item != null) {
            sizeBytes += Values.itemSize(item);
        }
        for (SecondaryIndex i : indexes.values()) {
            i.reindex(k, before, item, key);
        }
        if (item != null && settings.ttlAttribute() != null) {
            trackExpiry(k, item);
        }
        return before;
    }

    public Collection<SecondaryIndex> indexes() {
        lock.lock();
        try {
            return new ArrayList<>(indexes.values());
        } finally {
            lock.unlock();
        }
    }

    public SecondaryIndex index(String indexName) {
        lock.lock();
        try {
            return indexes.get(indexName);
        } finally {
            lock.unlock();
        }
    }

    /** Adds an index and fills it from the items already there (a GSI added later backfills). */
    public void addIndex(SecondaryIndex index) {
        lock.lock();
        try {
            indexes.put(index.name(), index);
            for (Map.Entry<ItemKey, Map<String, AttributeValue>> e : items.entrySet()) {
                index.reindex(e.getKey(), null, e.getValue(), key);
            }
        } finally {
            lock.unlock();
        }
    }

    public void removeIndex(String indexName) {
        lock.lock();
        try {
            indexes.remove(indexName);
        } finally {
            lock.unlock();
        }
    }

    public List<SecondaryIndex> globalIndexes() {
        return indexes().stream().filter(SecondaryIndex::global).toList();
    }

    public List<SecondaryIndex> localIndexes() {
        return indexes().stream().filter(i -> !i.global()).toList();
    }
}
