package io.kinesisharness.internal.s3.model;

/**
 * CRC-64/NVME (the "Rocksoft" CRC-64 S3 uses by default): polynomial 0xAD93D23594C93659, reflected, initial value
 * and final xor all ones. Check value: {@code 123456789} gives 0xAE8B14860A799888. The JDK has no CRC-64, and
 * the AWS SDK's needs its native runtime; a byte-wise table is all it takes.
 */
final class Crc64Nvme {

    /** The reflected polynomial. */
    private static final long POLY = 0x9A6C9329AC4BC9B5L;
    private static final long[] TABLE = new long[256];

    static {
        for (int i = 0; i < 256; i++) {
            long crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLY : crc >>> 1;
            }
            TABLE[i] = crc;
        }
    }

    private Crc64Nvme() {
    }

    static long of(byte[] data, int offset, int length) {
        long crc = -1L;
        for (int i = offset; i < offset + length; i++) {
            crc = TABLE[(int) ((crc ^ data[i]) & 0xff)] ^ (crc >>> 8);
        }
        return ~crc;
    }
}
