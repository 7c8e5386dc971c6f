package io.kinesisharness.internal.cloudwatch;

import io.kinesisharness.internal.errors.ErrorCode;

/** CloudWatch's error codes, by their Query-protocol names (what {@code x-amzn-query-error} carries). */
public enum CloudWatchErrors implements ErrorCode {
    INVALID_PARAMETER_VALUE("InvalidParameterValue"),
    MISSING_PARAMETER("MissingParameter"),
    INVALID_PARAMETER_COMBINATION("InvalidParameterCombination"),
    INVALID_ACTION("InvalidAction"),
    INTERNAL_SERVICE_ERROR("InternalServiceError");

    private final String code;

    CloudWatchErrors(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return this == INTERNAL_SERVICE_ERROR ? 500 : 400;
    }

    /** The Smithy shape name the JSON and CBOR protocols use in {@code __type}. */
    String shapeName() {
        return switch (this) {
            case INVALID_PARAMETER_VALUE -> "InvalidParameterValueException";
            case MISSING_PARAMETER -> "MissingRequiredParameterException";
            case INVALID_PARAMETER_COMBINATION -> "InvalidParameterCombinationException";
            case INVALID_ACTION -> "InvalidAction";
            default -> "InternalServiceFault";
        };
    }
}
