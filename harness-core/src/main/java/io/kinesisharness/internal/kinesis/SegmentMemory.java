package io.kinesisharness.internal.kinesis;

import io.netty.util.internal.PlatformDependent;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The bytes of one {@link LogSegment}, outside the Java heap, freed once nothing refers to this object any more
 * (so a reader holding a view can never see freed memory).
 *
 * <p>Where Netty can reach {@code sun.misc.Unsafe} (any usual JDK 17+), the memory is taken from the native
 * allocator without clearing it first: a {@link ByteBuffer#allocateDirect direct buffer} zeroes every byte,
 * and that zeroing was about a tenth of the server's CPU under a sustained PutRecords load, for bytes that are
 * overwritten at once. Every access is bounds-checked here, as a ByteBuffer would.
 */
abstract sealed class SegmentMemory permits SegmentMemory.Native, SegmentMemory.Buffer {

    private static final boolean NATIVE = PlatformDependent.hasUnsafe();
    private static final Cleaner CLEANER = Cleaner.create();

    final int capacity;

    private SegmentMemory(int capacity) {
        this.capacity = capacity;
    }

    static SegmentMemory allocate(int capacity) {
        return NATIVE ? new Native(capacity) : new Buffer(capacity);
    }

    /** Copies {@code length} bytes of {@code src} from {@code from} to {@code at}. */
    final void put(int at, byte[] src, int from, int length) {
        Objects.checkFromIndexSize(at, length, capacity);
        Objects.checkFromIndexSize(from, length, src.length);
        write(at, src, from, length);
    }

    /** Copies {@code length} bytes from {@code at} into {@code dst} at {@code into}. */
    final void get(int at, byte[] dst, int into, int length) {
        Objects.checkFromIndexSize(at, length, capacity);
        Objects.checkFromIndexSize(into, length, dst.length);
        read(at, dst, into, length);
    }

    /** A new block of {@code capacity} bytes starting with the first {@code used} bytes of this one. */
    final SegmentMemory grow(int newCapacity, int used) {
        Objects.checkFromIndexSize(0, used, Math.min(capacity, newCapacity));
        SegmentMemory grown = sibling(newCapacity);
        copyTo(grown, used);
        return grown;
    }

    /** A new block of the same kind. */
    abstract SegmentMemory sibling(int newCapacity);

    abstract void write(int at, byte[] src, int from, int length);

    abstract void read(int at, byte[] dst, int into, int length);

    abstract void copyTo(SegmentMemory target, int length);

    /** Native memory, not cleared, freed by a cleaner. */
    static final class Native extends SegmentMemory {
        private final long address;

        Native(int capacity) {
            super(capacity);
            this.address = PlatformDependent.allocateMemory(Math.max(1, capacity));
            CLEANER.register(this, new Free(address));
        }

        @Override
        SegmentMemory sibling(int newCapacity) {
            return new Native(newCapacity);
        }

        @Override
        void write(int at, byte[] src, int from, int length) {
            PlatformDependent.copyMemory(src, from, address + at, length);
        }

        @Override
        void read(int at, byte[] dst, int into, int length) {
            PlatformDependent.copyMemory(address + at, dst, into, length);
        }

        @Override
        void copyTo(SegmentMemory target, int length) {
            PlatformDependent.copyMemory(address, ((Native) target).address, length);
        }

        /** Holds only the address: a cleaning action must not refer to the object it cleans up after. */
        private record Free(long address) implements Runnable {
            @Override
            public void run() {
                PlatformDependent.freeMemory(address);
            }
        }
    }

    /** A direct ByteBuffer, where Unsafe is unavailable; absolute access only, so readers share it safely. */
    static final class Buffer extends SegmentMemory {
        private final ByteBuffer bytes;

        Buffer(int capacity) {
            super(capacity);
            this.bytes = ByteBuffer.allocateDirect(capacity);
        }

        @Override
        SegmentMemory sibling(int newCapacity) {
            return new Buffer(newCapacity);
        }

        @Override
        void write(int at, byte[] src, int from, int length) {
            bytes.put(at, src, from, length);
        }

        @Override
        void read(int at, byte[] dst, int into, int length) {
            bytes.get(at, dst, into, length);
        }

        @Override
        void copyTo(SegmentMemory target, int length) {
            ((Buffer) target).bytes.put(0, bytes, 0, length);
        }
    }
}
