package io.kinesisharness.internal.kinesis.store;

import io.kinesisharness.internal.kinesis.model.SequenceNumbers;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Up to {@link #CAPACITY} consecutive records of one shard packed together: their bytes (data then partition
 * key, UTF-8) in one block of {@link SegmentMemory} outside the Java heap, their arrival times and lengths in
 * primitive arrays. Stored bytes then cost the garbage collector nothing: on the heap every stored byte was copied
 * at least once from the young generation to the old one, and G1 grew the heap to keep up (pauses of 50-100 ms
 * and a heap of twice the data under a benchmark's write rate).
 *
 * <p>Guarded by the owning {@link ShardLog}'s lock. The buffer may be replaced by a larger copy on append;
 * readers take the memory reference under the lock together with the offsets, so bytes written before that
 * never change under them, and the memory lives as long as they refer to it.
 */
public final class LogSegment {

    static final int CAPACITY = 1024;
    static final int MAX_SHARED_BUFFER = 1024 * 1024;
    static final int FIRST_BUFFER = 4 * 1024;
    /** ASCII keys (at most 256 chars) are encoded here on their way in; others go through String.getBytes. */
    private static final ThreadLocal<byte[]> KEY = ThreadLocal.withInitial(() -> new byte[256]);

    final long firstOrdinal;
    final SequenceNumbers.Prefix prefix;
    /** The stream's record encryption type when these records arrived (null: none). */
    final String encryptionType;
    private final long[] arrivals = new long[CAPACITY];
    /** End offset in {@link #bytes} of each record; a record starts where the one before ends. */
    private final int[] ends = new int[CAPACITY];
    private final short[] keyLengths = new short[CAPACITY];
    private SegmentMemory bytes;
    private int count;

    public LogSegment(long firstOrdinal, SequenceNumbers.Prefix prefix, String encryptionType, int bufferSize) {
        this.firstOrdinal = firstOrdinal;
        this.prefix = prefix;
        this.encryptionType = encryptionType;
        this.bytes = SegmentMemory.allocate(bufferSize);
    }

    public int count() {
        return count;
    }

    /**
     * The buffer for the segment after this one, which starts with a record of {@code size} bytes: about what
     * this one came to hold, so a steady writer's segments are allocated once at the right size instead of
     * growing (or sitting half empty).
     */
    public int nextBufferSize(int size) {
        int used = used();
        return Math.max(size, Math.max(FIRST_BUFFER, Math.min(MAX_SHARED_BUFFER, used + (used >> 3))));
    }

    public long arrival(int index) {
        return arrivals[index];
    }

    public long lastArrival() {
        return arrivals[count - 1];
    }

    /** Bytes record {@code index} counts against limits: data plus UTF-8 partition key. */
    public int size(int index) {
        return ends[index] - start(index);
    }

    /**
     * Whether a record of {@code size} bytes with this prefix and encryption type belongs here; if not, the log
     * starts a new segment. The buffer grows (by copying) up to {@link #MAX_SHARED_BUFFER}.
     */
    public boolean accepts(int size, SequenceNumbers.Prefix p, String encryption) {
        if (count == CAPACITY || p != prefix || !Objects.equals(encryption, encryptionType)) {
            return false;
        }
        int used = used();
        if (used + size <= bytes.capacity) {
            return true;
        }
        if (used + size > MAX_SHARED_BUFFER) {
            return false;
        }
        SegmentMemory outgrown = bytes;
        bytes = outgrown.grow(Math.min(MAX_SHARED_BUFFER, Math.max(bytes.capacity * 2, used + size)), used);
        outgrown.drop();
        return true;
    }

    /**
     * Stores a record that {@link #accepts} took; returns its index. {@code keyLength} is the key's UTF-8 length,
     * which the caller has already computed to check the limits.
     */
    public int append(long arrivalMillis, byte[] data, String key, int keyLength) {
        int at = used();
        bytes.put(at, data, 0, data.length);
        byte[] scratch = KEY.get();
        if (asciiInto(key, scratch)) {
            bytes.put(at + data.length, scratch, 0, keyLength);
        } else {
            byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
            bytes.put(at + data.length, utf8, 0, utf8.length);
        }
        arrivals[count] = arrivalMillis;
        ends[count] = at + data.length + keyLength;
        keyLengths[count] = (short) keyLength;
        return count++;
    }

    /**
     * A view of record {@code index} that can read its bytes after the lock is released, for as long as the
     * reader holds {@link #memory()}.
     */
    public StoredRecord view(int index) {
        return view(index, bytes);
    }

    /** A view of record {@code index} without access to its bytes (sequence number, arrival, size). */
    public StoredRecord metadata(int index) {
        return view(index, null);
    }

    private StoredRecord view(int index, SegmentMemory memory) {
        int start = start(index);
        int keyLength = keyLengths[index];
        return new StoredRecord(firstOrdinal + index, arrivals[index], memory, start, ends[index] - start - keyLength,
                keyLength, prefix, encryptionType);
    }

    /** The block the records' bytes are in now (it changes when the segment grows). */
    public SegmentMemory memory() {
        return bytes;
    }

    /** The segment leaves its log: its memory goes once no reader holds it. */
    public void drop() {
        bytes.drop();
    }

    /** Index of the first record arriving at or after {@code millis} ({@link #count} if none). */
    public int firstArrivingAtOrAfter(long millis) {
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

    /** ASCII keys, the common case, are encoded into a reused array; false if the key is not ASCII (or longer). */
    private static boolean asciiInto(String key, byte[] into) {
        int n = key.length();
        if (n > into.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            into[i] = (byte) c;
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
