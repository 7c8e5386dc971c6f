package io.kinesisharness.internal.s3.model;

/** One part of a multipart upload, as UploadPart stored it; a later upload of the same number replaces it. */
public record UploadedPart(int partNumber, byte[] data, String etag, long lastModifiedMillis, String checksum) {
}
