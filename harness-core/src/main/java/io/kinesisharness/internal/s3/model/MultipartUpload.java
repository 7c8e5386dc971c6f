package io.kinesisharness.internal.s3.model;

import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A multipart upload in progress: the metadata the object will have, the checksum the client chose for it, and
 * the parts uploaded so far (concurrently and in any order, as the CLI sends them).
 *
 * @param checksum the algorithm given at creation, or null
 * @param checksumType {@code COMPOSITE} or {@code FULL_OBJECT} when an algorithm was given, else null
 */
public record MultipartUpload(String uploadId, String key, long initiatedMillis, String ownerAccount,
        ObjectMetadata metadata, ChecksumAlgorithm checksum, String checksumType,
        ConcurrentNavigableMap<Integer, UploadedPart> parts) {

    public MultipartUpload(String uploadId, String key, long initiatedMillis, String ownerAccount,
            ObjectMetadata metadata, ChecksumAlgorithm checksum, String checksumType) {
        this(uploadId, key, initiatedMillis, ownerAccount, metadata, checksum, checksumType,
                new ConcurrentSkipListMap<>());
    }
}
