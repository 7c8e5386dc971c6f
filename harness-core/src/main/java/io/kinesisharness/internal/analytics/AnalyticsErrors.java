package io.kinesisharness.internal.analytics;

import io.kinesisharness.internal.errors.ErrorCode;

/** Kinesis Data Analytics' error codes (v1 and v2 share them), all answered with 400 as AWS does. */
public enum AnalyticsErrors implements ErrorCode {
    CODE_VALIDATION("CodeValidationException"),
    CONCURRENT_MODIFICATION("ConcurrentModificationException"),
    INVALID_APPLICATION_CONFIGURATION("InvalidApplicationConfigurationException"),
    INVALID_ARGUMENT("InvalidArgumentException"),
    INVALID_REQUEST("InvalidRequestException"),
    LIMIT_EXCEEDED("LimitExceededException"),
    RESOURCE_IN_USE("ResourceInUseException"),
    RESOURCE_NOT_FOUND("ResourceNotFoundException"),
    RESOURCE_PROVISIONED_THROUGHPUT_EXCEEDED("ResourceProvisionedThroughputExceededException"),
    SERVICE_UNAVAILABLE("ServiceUnavailableException"),
    TOO_MANY_TAGS("TooManyTagsException"),
    UNABLE_TO_DETECT_SCHEMA("UnableToDetectSchemaException"),
    UNSUPPORTED_OPERATION("UnsupportedOperationException");

    private final String code;

    AnalyticsErrors(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return this == SERVICE_UNAVAILABLE ? 503 : 400;
    }
}
