package io.kinesisharness.internal.errors;

/**
 * Errors of the AWS protocols themselves, which any service answers before or around its own operations. On the
 * JSON/CBOR path AWS answers the authentication errors with 400, not 403.
 */
public enum CommonErrors implements ErrorCode {
    UNKNOWN_OPERATION("UnknownOperationException", 400),
    SERIALIZATION("SerializationException", 400),
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", 400),
    INCOMPLETE_SIGNATURE("IncompleteSignatureException", 400),
    INVALID_SIGNATURE("InvalidSignatureException", 400),
    ACCESS_DENIED("AccessDeniedException", 400),
    VALIDATION("ValidationException", 400),
    INTERNAL_FAILURE("InternalFailure", 500),
    SERVICE_UNAVAILABLE("ServiceUnavailable", 503);

    private final String code;
    private final int status;

    CommonErrors(String code, int status) {
        this.code = code;
        this.status = status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return status;
    }
}
