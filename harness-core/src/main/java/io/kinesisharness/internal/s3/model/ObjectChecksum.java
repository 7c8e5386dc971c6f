package io.kinesisharness.internal.s3.model;

/**
 * An object's checksum: a whole-object value ({@code FULL_OBJECT}), or for a multipart upload made with a
 * composite checksum, the checksum of its parts' checksums followed by {@code -N} ({@code COMPOSITE}).
 */
public record ObjectChecksum(ChecksumAlgorithm algorithm, String value, String type) {

    public static final String FULL_OBJECT = "FULL_OBJECT";
    public static final String COMPOSITE = "COMPOSITE";

    /** The whole-object checksum of the bytes. */
    public static ObjectChecksum of(ChecksumAlgorithm algorithm, byte[] data) {
        return new ObjectChecksum(algorithm, algorithm.encode(data), FULL_OBJECT);
    }
}
