package io.kinesisharness.internal.s3.model;

/**
 * One object: its bytes, held until it is overwritten or deleted or the harness resets, then left to the
 * collector (nothing else refers to them), and what S3 answers about it.
 *
 * @param etag the entity tag without quotes: the MD5 in hex, or for a multipart upload that of its parts' MD5s
 *     followed by {@code -N}
 * @param lastModifiedMillis S3 keeps whole seconds
 * @param partSizes the sizes of the parts of a multipart upload, in order; empty for a single PUT
 */
public record StoredObject(String key, byte[] data, String etag, long lastModifiedMillis, ObjectMetadata metadata,
        ObjectChecksum checksum, long[] partSizes) {

    public int size() {
        return data.length;
    }

    /** The entity tag as headers and XML carry it, quoted. */
    public String quotedEtag() {
        return '"' + etag + '"';
    }
}
