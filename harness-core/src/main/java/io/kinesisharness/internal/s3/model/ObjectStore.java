package io.kinesisharness.internal.s3.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every bucket of one harness. As in AWS, bucket names are one namespace shared by all accounts and regions: a
 * bucket belongs to the account that created it and lives in one region.
 */
public final class ObjectStore {

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** The bucket of that name, or null. */
    public Bucket bucket(String name) {
        return buckets.get(name);
    }

    /** Adds the bucket unless the name is taken; returns the bucket that holds the name now. */
    public Bucket create(Bucket bucket) {
        Bucket existing = buckets.putIfAbsent(bucket.name(), bucket);
        return existing == null ? bucket : existing;
    }

    /** Removes the bucket if it holds no object (checked and removed as one step); false if it holds some. */
    public boolean removeIfEmpty(Bucket bucket) {
        if (!bucket.deleteIfEmpty()) {
            return false;
        }
        buckets.remove(bucket.name(), bucket);
        return true;
    }

    /** An account's buckets in every region, by name. */
    public List<Bucket> ownedBy(String account) {
        List<Bucket> owned = new ArrayList<>();
        for (Bucket b : buckets.values()) {
            if (b.ownerAccount().equals(account)) {
                owned.add(b);
            }
        }
        owned.sort(Comparator.comparing(Bucket::name));
        return owned;
    }

    /** Drops every bucket; their objects' bytes go with them. */
    public void clear() {
        buckets.clear();
    }
}
