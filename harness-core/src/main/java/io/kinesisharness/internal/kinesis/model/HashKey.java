package io.kinesisharness.internal.kinesis.model;

import java.math.BigInteger;

/**
 * A 128-bit hash key as two unsigned longs: routing compares these on every put, and BigInteger arithmetic
 * allocated several objects per record for the same answer.
 */
public record HashKey(long high, long low) implements Comparable<HashKey> {

    private static final BigInteger LOW_MASK = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    public static HashKey of(BigInteger value) {
        return new HashKey(value.shiftRight(64).longValue(), value.and(LOW_MASK).longValue());
    }

    /** The first 16 bytes as a big-endian unsigned integer (an MD5 digest). */
    public static HashKey of(byte[] digest) {
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = (hi << 8) | (digest[i] & 0xff);
            lo = (lo << 8) | (digest[i + 8] & 0xff);
        }
        return new HashKey(hi, lo);
    }

    @Override
    public int compareTo(HashKey o) {
        int c = Long.compareUnsigned(high, o.high);
        return c != 0 ? c : Long.compareUnsigned(low, o.low);
    }
}
