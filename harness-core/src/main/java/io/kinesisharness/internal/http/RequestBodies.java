package io.kinesisharness.internal.http;

/**
 * One reusable request-body array per I/O thread. A call's body is decoded before the thread takes the next
 * request (decoded values copy what they keep), so the array can be reused; this spares a fresh, zeroed array
 * of up to 5 MiB per PutRecords call. Bodies above {@link #KEEP_AT_MOST} get an array of their own so a rare
 * huge request does not pin memory on the thread for good.
 */
final class RequestBodies {

    static final int KEEP_AT_MOST = 1024 * 1024;
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[16 * 1024]);

    private RequestBodies() {
    }

    /** An array of at least {@code length} bytes, valid until this thread's next call. */
    static byte[] scratch(int length) {
        byte[] b = SCRATCH.get();
        if (b.length >= length) {
            return b;
        }
        if (length > KEEP_AT_MOST) {
            return new byte[length];
        }
        byte[] grown = new byte[Math.max(length, Math.min(KEEP_AT_MOST, b.length * 2))];
        SCRATCH.set(grown);
        return grown;
    }
}
