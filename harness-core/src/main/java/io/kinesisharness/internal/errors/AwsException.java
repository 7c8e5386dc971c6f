package io.kinesisharness.internal.errors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error a client receives as an AWS error body. Handlers throw it and never catch it; one writer
 * (the protocol's error writer) turns it into the response. No stack trace: it is an answer, not a failure.
 */
public final class AwsException extends RuntimeException {

    private final ErrorCode error;
    /** Further fields some protocols carry with an error (S3's {@code <BucketName>}); null when none. */
    private Map<String, String> details;
    private Map<String, Object> members;

    public AwsException(ErrorCode error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    public ErrorCode error() {
        return error;
    }

    public String code() {
        return error.code();
    }

    public int status() {
        return error.status();
    }

    /** Adds a field to the error's body, where its protocol has room for one; returns this exception. */
    public AwsException detail(String name, String value) {
        if (details == null) {
            details = new LinkedHashMap<>();
        }
        details.put(name, value);
        return this;
    }

    /**
     * Adds a structured member to a JSON error body ({@code Item} of DynamoDB's ConditionalCheckFailedException,
     * {@code CancellationReasons}); the value is written with the wire format's own serializers.
     */
    public AwsException member(String name, Object value) {
        if (members == null) {
            members = new LinkedHashMap<>();
        }
        members.put(name, value);
        return this;
    }

    /** The structured members, in the order they were added. */
    public Map<String, Object> members() {
        return members == null ? Map.of() : members;
    }

    /** The further fields, in the order they were added. */
    public Map<String, String> details() {
        return details == null ? Map.of() : details;
    }
}
