package io.kinesisharness.internal.s3.model;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The checksums S3 keeps with objects (flexible checksums). A value is the base64 of the big-endian digest: CRC32
 * of {@code hello} is {@code NhCmhg==}. The JDK computes all but CRC64NVME, for which there is a table here.
 */
public enum ChecksumAlgorithm {
    CRC32(true, true),
    CRC32C(true, true),
    CRC64NVME(true, false),
    SHA1(false, true),
    SHA256(false, true);

    private final boolean fullObject;
    private final boolean composite;

    ChecksumAlgorithm(boolean fullObject, boolean composite) {
        this.fullObject = fullObject;
        this.composite = composite;
    }

    /** The header carrying a value, {@code x-amz-checksum-crc32}. */
    public String header() {
        return "x-amz-checksum-" + name().toLowerCase(Locale.ROOT);
    }

    /** The element naming a value in XML, {@code ChecksumCRC32}. */
    public String element() {
        return "Checksum" + name();
    }

    /** Whether a multipart upload may use it with the FULL_OBJECT type (CRCs only). */
    public boolean allowsFullObject() {
        return fullObject;
    }

    /** Whether a multipart upload may use it with the COMPOSITE type (all but CRC64NVME). */
    public boolean allowsComposite() {
        return composite;
    }

    /** The algorithm a name stands for ({@code crc32}, {@code CRC32}), or null. */
    public static ChecksumAlgorithm of(String name) {
        if (name == null) {
            return null;
        }
        for (ChecksumAlgorithm a : values()) {
            if (a.name().equalsIgnoreCase(name.trim())) {
                return a;
            }
        }
        return null;
    }

    /** The digest of the bytes. */
    public byte[] digest(byte[] data, int offset, int length) {
        return switch (this) {
            case CRC32 -> {
                CRC32 c = new CRC32();
                c.update(data, offset, length);
                yield ByteBuffer.allocate(4).putInt((int) c.getValue()).array();
            }
            case CRC32C -> {
                CRC32C c = new CRC32C();
                c.update(data, offset, length);
                yield ByteBuffer.allocate(4).putInt((int) c.getValue()).array();
            }
            case CRC64NVME -> ByteBuffer.allocate(8).putLong(Crc64Nvme.of(data, offset, length)).array();
            case SHA1 -> messageDigest("SHA-1", data, offset, length);
            case SHA256 -> messageDigest("SHA-256", data, offset, length);
        };
    }

    public byte[] digest(byte[] data) {
        return digest(data, 0, data.length);
    }

    /** The base64 value of the bytes' digest, as headers and XML carry it. */
    public String encode(byte[] data) {
        return Base64.getEncoder().encodeToString(digest(data));
    }

    /** The number of bytes of a digest. */
    public int digestLength() {
        return switch (this) {
            case CRC32, CRC32C -> 4;
            case CRC64NVME -> 8;
            case SHA1 -> 20;
            case SHA256 -> 32;
        };
    }

    private static byte[] messageDigest(String name, byte[] data, int offset, int length) {
        try {
            MessageDigest d = MessageDigest.getInstance(name);
            d.update(data, offset, length);
            return d.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has " + name, e);
        }
    }
}
