package io.kinesisharness.internal.kinesis.model;

/** The resource-based policy document attached to a stream or consumer, kept as the caller wrote it. */
public final class ResourcePolicy {

    private volatile String document;

    public String document() {
        return document;
    }

    public void document(String policy) {
        this.document = policy;
    }
}
