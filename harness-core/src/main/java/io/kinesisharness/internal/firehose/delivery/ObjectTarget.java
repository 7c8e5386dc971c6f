package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.internal.common.Scope;

/** Where S3 deliveries land: the harness's own object store, or an S3-compatible endpoint configured instead. */
public interface ObjectTarget {

    /** Stores one object; a {@link DeliveryFailure} ({@code S3.NoSuchBucket}, ...) when the store refuses it. */
    void put(Scope account, String bucket, String key, byte[] body, String contentType, String contentEncoding);
}
