package io.kinesisharness.internal.dynamodb.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A global or local secondary index: its key, its projection, and its entries (index key → the base item's key),
 * kept in step with every write to the table; sparse, as DynamoDB's are (an item without the index's key attributes
 * is not in it).
 */
public final class SecondaryIndex {

    private final String name;
    private final KeySchema key;
    private final boolean global;
    private final String projectionType;
    private final List<String> nonKeyAttributes;
    private final Instant activeAt;
    private final ConcurrentSkipListMap<ItemKey, ItemKey> entries = new ConcurrentSkipListMap<>();
    private volatile long readCapacity;
    private volatile long writeCapacity;
    private volatile Throughputs.OnDemand onDemand;
    private volatile Throughputs.Warm warm;
    private long sizeBytes;

    public SecondaryIndex(String name, KeySchema key, boolean global, String projectionType,
            List<String> nonKeyAttributes, Instant activeAt, long readCapacity, long writeCapacity) {
        this.name = name;
        this.key = key;
        this.global = global;
        this.projectionType = projectionType;
        this.nonKeyAttributes = nonKeyAttributes == null ? List.of() : List.copyOf(nonKeyAttributes);
        this.activeAt = activeAt;
        this.readCapacity = readCapacity;
        this.writeCapacity = writeCapacity;
    }

    public String name() {
        return name;
    }

    public KeySchema key() {
        return key;
    }

    public boolean global() {
        return global;
    }

    public String projectionType() {
        return projectionType;
    }

    public List<String> nonKeyAttributes() {
        return nonKeyAttributes;
    }

    public String status(Instant now) {
        return now.isBefore(activeAt) ? "CREATING" : "ACTIVE";
    }

    public ConcurrentSkipListMap<ItemKey, ItemKey> entries() {
        return entries;
    }

    public long readCapacity() {
        return readCapacity;
    }

    public long writeCapacity() {
        return writeCapacity;
    }

    public void capacity(long read, long write) {
        this.readCapacity = read;
        this.writeCapacity = write;
    }

    /** The on-demand maximum (OnDemandThroughput), or null when none was set. */
    public Throughputs.OnDemand onDemand() {
        return onDemand;
    }

    public void onDemand(Throughputs.OnDemand limits) {
        this.onDemand = limits;
    }

    /** The warm throughput the index was given, or null. */
    public Throughputs.Warm warm() {
        return warm;
    }

    public void warm(Throughputs.Warm warm) {
        this.warm = warm;
    }

    public synchronized long sizeBytes() {
        return sizeBytes;
    }

    /** Moves an item's entry from its old index key to its new one (either null); called under the table's lock. */
    void reindex(ItemKey tableKey, Map<String, AttributeValue> before, Map<String, AttributeValue> after,
            KeySchema tableSchema) {
        ItemKey old = before == null ? null : ItemKey.ofIndex(key, before, tableKey);
        ItemKey now = after == null ? null : ItemKey.ofIndex(key, after, tableKey);
        synchronized (this) {
            if (old != null) {
                entries.remove(old);
                sizeBytes -= projectedSize(before, tableSchema);
            }
            if (now != null) {
                entries.put(now, tableKey);
                sizeBytes += projectedSize(after, tableSchema);
            }
        }
    }

    /** The attributes of an item this index holds: keys, and what its projection names. */
    public Map<String, AttributeValue> project(Map<String, AttributeValue> item, KeySchema tableSchema) {
        if ("ALL".equals(projectionType)) {
            return item;
        }
        Map<String, AttributeValue> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            String n = e.getKey();
            if (tableSchema.isKeyAttribute(n) || key.isKeyAttribute(n)
                    || "INCLUDE".equals(projectionType) && nonKeyAttributes.contains(n)) {
                out.put(n, e.getValue());
            }
        }
        return out;
    }

    private long projectedSize(Map<String, AttributeValue> item, KeySchema tableSchema) {
        return Values.itemSize(project(item, tableSchema));
    }
}
