package io.kinesisharness.internal.errors;

/**
 * The AWS error codes the harness returns, with their HTTP status. The enum name is not the wire name:
 * {@link #code()} is, spelled as AWS spells it.
 */
public enum AwsError {
    // protocol (on the JSON/CBOR path AWS answers the authentication errors with 400, not 403)
    UNKNOWN_OPERATION("UnknownOperationException", 400),
    SERIALIZATION("SerializationException", 400),
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", 400),
    INCOMPLETE_SIGNATURE("IncompleteSignatureException", 400),
    INVALID_SIGNATURE("InvalidSignatureException", 400),
    ACCESS_DENIED("AccessDeniedException", 400),
    VALIDATION("ValidationException", 400),
    INTERNAL_FAILURE("InternalFailure", 500),
    SERVICE_UNAVAILABLE("ServiceUnavailable", 503),
    // Kinesis and friends
    INVALID_ARGUMENT("InvalidArgumentException", 400),
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 400),
    RESOURCE_IN_USE("ResourceInUseException", 400),
    LIMIT_EXCEEDED("LimitExceededException", 400),
    EXPIRED_ITERATOR("ExpiredIteratorException", 400),
    EXPIRED_NEXT_TOKEN("ExpiredNextTokenException", 400),
    PROVISIONED_THROUGHPUT_EXCEEDED("ProvisionedThroughputExceededException", 400),
    /** The answer to a data-plane call with DryRun set that would have succeeded. */
    DRY_RUN("DryRunOperationException", 400),
    // KMS errors AWS passes through from encrypted streams (for fault injection; the harness has no KMS)
    KMS_DISABLED("KMSDisabledException", 400),
    KMS_INVALID_STATE("KMSInvalidStateException", 400),
    KMS_ACCESS_DENIED("KMSAccessDeniedException", 400),
    KMS_NOT_FOUND("KMSNotFoundException", 400),
    KMS_OPT_IN_REQUIRED("KMSOptInRequired", 400),
    KMS_THROTTLING("KMSThrottlingException", 400);

    private final String code;
    private final int status;

    AwsError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public AwsException exception(String message) {
        return new AwsException(this, message);
    }

    public AwsException exception(String format, Object... args) {
        return new AwsException(this, String.format(java.util.Locale.ROOT, format, args));
    }

    /** Finds a code by its wire name (fault injection names errors that way). */
    public static AwsError byCode(String code) {
        for (AwsError e : values()) {
            if (e.code.equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("Unknown AWS error code " + code);
    }
}
