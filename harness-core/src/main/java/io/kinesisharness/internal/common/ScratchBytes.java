package io.kinesisharness.internal.common;

/**
 * A byte array per thread, reused from one call to the next and grown on demand up to a cap; a larger request
 * gets an array of its own, so a rare huge one does not pin memory on the thread for good. The array is valid
 * until the same thread asks again.
 */
public final class ScratchBytes {

    private final int keepAtMost;
    private final ThreadLocal<byte[]> arrays;

    public ScratchBytes(int initial, int keepAtMost) {
        this.keepAtMost = keepAtMost;
        this.arrays = ThreadLocal.withInitial(() -> new byte[initial]);
    }

    /** An array of at least {@code length} bytes (not cleared). */
    public byte[] atLeast(int length) {
        byte[] b = arrays.get();
        if (b.length >= length) {
            return b;
        }
        if (length > keepAtMost) {
            return new byte[length];
        }
        byte[] grown = new byte[Math.min(keepAtMost, Math.max(length, b.length * 2))];
        arrays.set(grown);
        return grown;
    }
}
