package io.kinesisharness.internal.s3.model;

import java.util.Collection;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A bucket: owned by one account, located in one region, its objects in S3's listing order. Writes to one key are
 * atomic, and the conditional ones are compare-and-set, so concurrent conditional writes never lose an update.
 */
public final class Bucket {

    private final String name;
    private final String ownerAccount;
    private final String region;
    /** The constraint it was created with as the client wrote it ({@code EU}); null in us-east-1. */
    private final String locationConstraint;
    private final long createdMillis;
    private final ConcurrentNavigableMap<String, StoredObject> objects = new ConcurrentSkipListMap<>(KeyOrder.UTF8);
    private final ConcurrentMap<String, MultipartUpload> uploads = new ConcurrentHashMap<>();
    /** Writes share it, a deletion of the bucket takes it alone: no write can land in a bucket being deleted. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean deleted;

    public Bucket(String name, String ownerAccount, String region, String locationConstraint, long createdMillis) {
        this.name = name;
        this.ownerAccount = ownerAccount;
        this.region = region;
        this.locationConstraint = locationConstraint;
        this.createdMillis = createdMillis;
    }

    public String name() {
        return name;
    }

    public String ownerAccount() {
        return ownerAccount;
    }

    public String region() {
        return region;
    }

    public String locationConstraint() {
        return locationConstraint;
    }

    public long createdMillis() {
        return createdMillis;
    }

    public StoredObject get(String key) {
        return objects.get(key);
    }

    /** Stores the object, replacing any; {@link Deleted} if the bucket went meanwhile. */
    public void put(StoredObject object) {
        write(() -> objects.put(object.key(), object));
    }

    /** Stores the object only if the key holds none; false if it does. */
    public boolean putIfAbsent(StoredObject object) {
        return write(() -> objects.putIfAbsent(object.key(), object) == null);
    }

    /** Replaces the object only if the key still holds {@code expected}; false if it changed meanwhile. */
    public boolean replace(StoredObject expected, StoredObject object) {
        return write(() -> objects.replace(object.key(), expected, object));
    }

    /** Runs a write unless the bucket has been deleted, in which case it throws {@link Deleted}. */
    public <T> T write(Supplier<T> change) {
        lock.readLock().lock();
        try {
            if (deleted) {
                throw new Deleted(name);
            }
            return change.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Marks the bucket deleted if it holds no object, with no write in between; false (and nothing changes) if it
     * holds some.
     */
    boolean deleteIfEmpty() {
        lock.writeLock().lock();
        try {
            if (!objects.isEmpty()) {
                return false;
            }
            deleted = true;
            uploads.clear();
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** A write reached a bucket deleted since it was looked up. */
    public static final class Deleted extends RuntimeException {
        public Deleted(String bucket) {
            super(bucket, null, false, false);
        }
    }

    /** Removes the key's object; true if there was one. */
    public boolean remove(String key) {
        return objects.remove(key) != null;
    }

    /** The objects from {@code fromKey} (inclusive or not) on, in listing order. */
    public NavigableMap<String, StoredObject> from(String fromKey, boolean inclusive) {
        return fromKey == null ? objects : objects.tailMap(fromKey, inclusive);
    }

    public boolean isEmpty() {
        return objects.isEmpty();
    }

    public MultipartUpload upload(String uploadId) {
        return uploads.get(uploadId);
    }

    public void addUpload(MultipartUpload upload) {
        write(() -> uploads.put(upload.uploadId(), upload));
    }

    /** Ends an upload (completed or aborted); true for the one caller that ended it. */
    public boolean removeUpload(MultipartUpload upload) {
        return uploads.remove(upload.uploadId(), upload);
    }

    public Collection<MultipartUpload> uploads() {
        return uploads.values();
    }
}
