package io.kinesisharness.internal.kinesis;

/** The resource-based policy document attached to a stream or consumer, kept as the caller wrote it. */
final class ResourcePolicy {

    private volatile String document;

    String document() {
        return document;
    }

    void document(String policy) {
        this.document = policy;
    }
}
