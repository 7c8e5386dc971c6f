package io.kinesisharness.internal.s3.model;

import java.util.Map;

/**
 * What S3 keeps about an object besides its bytes and checksums, as the client sent it. User metadata names are
 * lower case (HTTP headers arrive so), without their {@code x-amz-meta-} prefix.
 */
public record ObjectMetadata(String contentType, String contentEncoding, String contentDisposition,
        String contentLanguage, String cacheControl, String expires, String storageClass,
        Map<String, String> userMetadata, String serverSideEncryption, String kmsKeyId) {

    /** S3's type for an object stored without one. */
    public static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";

    public ObjectMetadata {
        contentType = contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
        storageClass = storageClass == null ? "STANDARD" : storageClass;
        userMetadata = Map.copyOf(userMetadata);
        // Every object is encrypted at rest on AWS, with S3's own keys unless told otherwise.
        serverSideEncryption = serverSideEncryption == null ? "AES256" : serverSideEncryption;
    }

    /** Whether S3 serves the bytes of an object of this class only after a restore (the archive classes). */
    public boolean archived() {
        return storageClass.equals("GLACIER") || storageClass.equals("DEEP_ARCHIVE");
    }

    /** Metadata of an object that other services write (Firehose's deliveries). */
    public static ObjectMetadata of(String contentType, String contentEncoding) {
        return new ObjectMetadata(contentType, contentEncoding, null, null, null, null, null, Map.of(), null, null);
    }
}
