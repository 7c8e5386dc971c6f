package io.kinesisharness.internal.firehose;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.errors.ErrorCode;

/**
 * Firehose's error codes (every one answered with 400, as AWS does, ResourceInUseException included) and the
 * messages it repeats, worded once as AWS words them.
 */
public enum FirehoseErrors implements ErrorCode {
    INVALID_ARGUMENT("InvalidArgumentException"),
    RESOURCE_NOT_FOUND("ResourceNotFoundException"),
    RESOURCE_IN_USE("ResourceInUseException"),
    LIMIT_EXCEEDED("LimitExceededException"),
    CONCURRENT_MODIFICATION("ConcurrentModificationException"),
    INVALID_KMS_RESOURCE("InvalidKMSResourceException"),
    INVALID_SOURCE("InvalidSourceException"),
    SERVICE_UNAVAILABLE("ServiceUnavailableException");

    private final String code;

    FirehoseErrors(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return 400;
    }

    /** {@code Firehose orders under account 000000000000 not found.} (recorded from AWS). */
    public static AwsException notFound(String name, Scope scope) {
        return RESOURCE_NOT_FOUND.exception("Firehose " + name + " under account " + scope.accountId()
                + " not found.");
    }

    /** {@code Firehose orders under accountId 000000000000 already exists} (AWS's text unrecorded). */
    public static AwsException exists(String name, Scope scope) {
        return RESOURCE_IN_USE.exception("Firehose " + name + " under accountId " + scope.accountId()
                + " already exists");
    }

    /** A configuration rule AWS states as "The supplied prefix(es) do not satisfy the following constraint: ...". */
    public static AwsException prefixRule(String constraint) {
        return INVALID_ARGUMENT.exception("The supplied prefix(es) do not satisfy the following constraint: "
                + constraint);
    }

    /**
     * A feature AWS offers that this harness does not run yet: refused rather than accepted and ignored, naming the
     * feature, so a test learns at create time instead of from data that never arrives.
     */
    public static AwsException unsupported(String feature) {
        return INVALID_ARGUMENT.exception(feature + " is not supported by Kinesis Harness yet; the harness refuses it "
                + "rather than accept a configuration it would not run.");
    }
}
