package io.kinesisharness.internal.kinesis;

import java.util.Arrays;

/**
 * Up to {@link #CAPACITY} consecutive records of one shard packed into a few arrays: their bytes (data then
 * partition key, UTF-8) in one buffer, their arrival times and lengths in primitive arrays. A shard holding
 * millions of records is then a few hundred objects instead of millions, which keeps the garbage collector's
 * work (pauses, heap growth) independent of how much a test or benchmark has written.
 *
 * <p>Guarded by the owning {@link ShardLog}'s lock. The buffer may be replaced by a larger copy on append;
 * readers take the buffer reference under the lock together with the offsets, so bytes written before that
 * never change under them.
 */
final class LogSegment {

    static final int CAPACITY = 1024;
    /** Buffers stay below the size at which G1 would allocate them as humongous objects in small heaps. */
    static final int MAX_SHARED_BUFFER = 256 * 1024;
    static final int FIRST_BUFFER = 4 * 1024;

    final long firstOrdinal;
    final SequenceNumbers.Prefix prefix;
    /** The stream's record encryption type when these records arrived (null: none). */
    final String encryptionType;
    private final long[] arrivals = new long[CAPACITY];
    /** End offset in {@link #bytes} of each record; a record starts where the one before ends. */
    private final int[] ends = new int[CAPACITY];
    private final short[] keyLengths = new short[CAPACITY];
    private byte[] bytes;
    private int count;

    LogSegment(long firstOrdinal, SequenceNumbers.Prefix prefix, String encryptionType, int bufferSize) {
        this.firstOrdinal = firstOrdinal;
        this.prefix = prefix;
        this.encryptionType = encryptionType;
        this.bytes = new byte[bufferSize];
    }

    int count() {
        return count;
    }

    /**
     * The buffer for the segment after this one, which starts with a record of {@code size} bytes: about what
     * this one came to hold, so a steady writer's segments are allocated once at the right size instead of
     * growing (or sitting half empty).
     */
    int nextBufferSize(int size) {
        int used = used();
        return Math.max(size, Math.max(FIRST_BUFFER, Math.min(MAX_SHARED_BUFFER, used + (used >> 3))));
    }

    long arrival(int index) {
        return arrivals[index];
    }

    long lastArrival() {
        return arrivals[count - 1];
    }

    /** Bytes record {@code index} counts against limits: data plus UTF-8 partition key. */
    int size(int index) {
        return ends[index] - start(index);
    }

    /**
     * Whether a record of {@code size} bytes with this prefix and encryption type belongs here; if not, the log
     * starts a new segment. The buffer grows (by copying) up to {@link #MAX_SHARED_BUFFER}.
     */
    boolean accepts(int size, SequenceNumbers.Prefix p, String encryption) {
        if (count == CAPACITY || p != prefix || !java.util.Objects.equals(encryption, encryptionType)) {
            return false;
        }
        int used = used();
        if (used + size <= bytes.length) {
            return true;
        }
        if (used + size > MAX_SHARED_BUFFER) {
            return false;
        }
        bytes = Arrays.copyOf(bytes, Math.min(MAX_SHARED_BUFFER, Math.max(bytes.length * 2, used + size)));
        return true;
    }

    /**
     * Stores a record that {@link #accepts} took; returns its index. {@code keyLength} is the key's UTF-8 length,
     * which the caller has already computed to check the limits.
     */
    int append(long arrivalMillis, byte[] data, String key, int keyLength) {
        int at = used();
        System.arraycopy(data, 0, bytes, at, data.length);
        int k = at + data.length;
        if (!copyAscii(key, k)) {
            byte[] utf8 = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            System.arraycopy(utf8, 0, bytes, k, utf8.length);
        }
        arrivals[count] = arrivalMillis;
        ends[count] = at + data.length + keyLength;
        keyLengths[count] = (short) keyLength;
        return count++;
    }

    /** A read-only view of record {@code index}, valid after the lock is released. */
    StoredRecord view(int index) {
        int start = start(index);
        int keyLength = keyLengths[index];
        return new StoredRecord(firstOrdinal + index, arrivals[index], bytes, start, ends[index] - start - keyLength,
                keyLength, prefix, encryptionType);
    }

    /** Index of the first record arriving at or after {@code millis} ({@link #count} if none). */
    int firstArrivingAtOrAfter(long millis) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (arrivals[mid] < millis) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** ASCII keys, the common case, go in without an intermediate byte[]; false if the key is not ASCII. */
    private boolean copyAscii(String key, int at) {
        int n = key.length();
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            bytes[at + i] = (byte) c;
        }
        return true;
    }

    private int start(int index) {
        return index == 0 ? 0 : ends[index - 1];
    }

    private int used() {
        return count == 0 ? 0 : ends[count - 1];
    }
}
