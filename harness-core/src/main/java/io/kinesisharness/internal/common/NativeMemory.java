package io.kinesisharness.internal.common;

import io.netty.util.internal.PlatformDependent;

/**
 * Memory outside the heap, allocated without being cleared, through Netty's access to {@code sun.misc.Unsafe}
 * (Netty is on the class path anyway). The one place in the engines' reach that uses Netty's internals, so the
 * layering rules can hold the engines free of Netty everywhere else.
 */
public final class NativeMemory {

    private static final boolean AVAILABLE = PlatformDependent.hasUnsafe();

    private NativeMemory() {
    }

    /** Whether native memory can be used here; where not, callers use direct buffers instead. */
    public static boolean available() {
        return AVAILABLE;
    }

    /** The address of {@code bytes} of uncleared memory (at least one byte). */
    public static long allocate(int bytes) {
        return PlatformDependent.allocateMemory(Math.max(1, bytes));
    }

    public static void free(long address) {
        PlatformDependent.freeMemory(address);
    }

    public static void copy(byte[] src, int from, long address, int length) {
        PlatformDependent.copyMemory(src, from, address, length);
    }

    public static void copy(long address, byte[] dst, int into, int length) {
        PlatformDependent.copyMemory(address, dst, into, length);
    }

    public static void copy(long from, long to, int length) {
        PlatformDependent.copyMemory(from, to, length);
    }
}
