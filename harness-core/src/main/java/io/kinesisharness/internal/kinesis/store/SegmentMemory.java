package io.kinesisharness.internal.kinesis.store;

import io.kinesisharness.internal.common.NativeMemory;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bytes of one {@link LogSegment}, outside the Java heap. A block is freed as soon as it has been
 * {@link #drop dropped} (its records expired, its stream deleted, the harness reset, or it was outgrown) and no
 * reader holds it ({@link #retain}/{@link #release}, counted); a cleaner frees it anyway once nothing refers to it
 * (a reader that failed before releasing). The garbage collector alone would free it late: blocks live long
 * enough to reach the old generation, which G1 seldom collects while the heap itself stays small.
 *
 * <p>Where Netty can reach {@code sun.misc.Unsafe} (any usual JDK 17+), the memory is taken from the native
 * allocator without clearing it first: a {@link ByteBuffer#allocateDirect direct buffer} zeroes every byte,
 * and that zeroing was about a tenth of the server's CPU under a sustained PutRecords load, for bytes that are
 * overwritten at once. Every access is bounds-checked here, as a ByteBuffer would.
 */
abstract sealed class SegmentMemory permits SegmentMemory.Native, SegmentMemory.Buffer {

    private static final boolean NATIVE = NativeMemory.available();
    private static final Cleaner CLEANER = Cleaner.create();

    final int capacity;
    private final AtomicInteger readers = new AtomicInteger();
    private volatile boolean dropped;
    private volatile boolean freed;

    private SegmentMemory(int capacity) {
        this.capacity = capacity;
    }

    public static SegmentMemory allocate(int capacity) {
        return NATIVE ? new Native(capacity) : new Buffer(capacity);
    }

    /** Copies {@code length} bytes of {@code src} from {@code from} to {@code at}. */
    public final void put(int at, byte[] src, int from, int length) {
        checkLive();
        Objects.checkFromIndexSize(at, length, capacity);
        Objects.checkFromIndexSize(from, length, src.length);
        write(at, src, from, length);
    }

    /** Copies {@code length} bytes from {@code at} into {@code dst} at {@code into}; the caller retains the block. */
    public final void get(int at, byte[] dst, int into, int length) {
        checkLive();
        Objects.checkFromIndexSize(at, length, capacity);
        Objects.checkFromIndexSize(into, length, dst.length);
        read(at, dst, into, length);
    }

    /** A new block of {@code capacity} bytes starting with the first {@code used} bytes of this one. */
    public final SegmentMemory grow(int newCapacity, int used) {
        checkLive();
        Objects.checkFromIndexSize(0, used, Math.min(capacity, newCapacity));
        SegmentMemory grown = sibling(newCapacity);
        copyTo(grown, used);
        return grown;
    }

    /** Taken by a reader (under the log's lock, so never after the block was dropped). */
    public final void retain() {
        readers.incrementAndGet();
    }

    public final void release() {
        if (readers.decrementAndGet() == 0 && dropped) {
            freeNow();
        }
    }

    /** No record in this block will be handed to a reader again (under the log's lock). */
    public final void drop() {
        dropped = true;
        if (readers.get() == 0) {
            freeNow();
        }
    }

    /** Whether the block has been returned (after a drop, once no reader held it). */
    public final boolean isFreed() {
        return freed;
    }

    /** A bug, not a state a client can cause: an access after the last holder let go would read freed memory. */
    private void checkLive() {
        if (freed) {
            throw new IllegalStateException("Segment memory used after it was freed");
        }
    }

    private void freeNow() {
        freed = true;
        free();
    }

    /** Returns the memory now; must do so at most once however often it is called. */
    abstract void free();

    /** A new block of the same kind. */
    abstract SegmentMemory sibling(int newCapacity);

    abstract void write(int at, byte[] src, int from, int length);

    abstract void read(int at, byte[] dst, int into, int length);

    abstract void copyTo(SegmentMemory target, int length);

    /** Native memory, not cleared, freed by a cleaner. */
    static final class Native extends SegmentMemory {
        private final long address;
        private final Cleaner.Cleanable cleanable;

        Native(int capacity) {
            super(capacity);
            this.address = NativeMemory.allocate(capacity);
            this.cleanable = CLEANER.register(this, new Free(address));
        }

        @Override
        void free() {
            cleanable.clean();
        }

        @Override
        SegmentMemory sibling(int newCapacity) {
            return new Native(newCapacity);
        }

        @Override
        void write(int at, byte[] src, int from, int length) {
            NativeMemory.copy(src, from, address + at, length);
        }

        @Override
        void read(int at, byte[] dst, int into, int length) {
            NativeMemory.copy(address + at, dst, into, length);
        }

        @Override
        void copyTo(SegmentMemory target, int length) {
            NativeMemory.copy(address, ((Native) target).address, length);
        }

        /** Holds only the address: a cleaning action must not refer to the object it cleans up after. */
        private record Free(long address) implements Runnable {
            @Override
            public void run() {
                NativeMemory.free(address);
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
        void free() {
            // A direct buffer can only be freed by its own cleaner, once unreachable.
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
