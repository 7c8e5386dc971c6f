package io.kinesisharness.internal.dynamodb;

import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.errors.ErrorCode;

/**
 * DynamoDB's error codes (answered with 400; the JSON 1.0 protocol prefixes them with
 * {@code com.amazonaws.dynamodb.v20120810#}) and the messages it repeats, worded once as AWS words them.
 */
public enum DynamoDbErrors implements ErrorCode {
    VALIDATION("ValidationException"),
    RESOURCE_NOT_FOUND("ResourceNotFoundException"),
    RESOURCE_IN_USE("ResourceInUseException"),
    CONDITIONAL_CHECK_FAILED("ConditionalCheckFailedException"),
    TRANSACTION_CANCELED("TransactionCanceledException"),
    TRANSACTION_CONFLICT("TransactionConflictException"),
    TRANSACTION_IN_PROGRESS("TransactionInProgressException"),
    IDEMPOTENT_PARAMETER_MISMATCH("IdempotentParameterMismatchException"),
    LIMIT_EXCEEDED("LimitExceededException"),
    PROVISIONED_THROUGHPUT_EXCEEDED("ProvisionedThroughputExceededException"),
    REQUEST_LIMIT_EXCEEDED("RequestLimitExceeded"),
    ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED("ItemCollectionSizeLimitExceededException"),
    INTERNAL_SERVER_ERROR("InternalServerError"),
    THROTTLING("ThrottlingException"),
    TABLE_NOT_FOUND("TableNotFoundException"),
    CONTINUOUS_BACKUPS_UNAVAILABLE("ContinuousBackupsUnavailableException");

    private final String code;

    DynamoDbErrors(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int status() {
        return this == INTERNAL_SERVER_ERROR ? 500 : 400;
    }

    public static AwsException validation(String message) {
        return VALIDATION.exception(message);
    }

    /** {@code One or more parameter values were invalid: <detail>}. */
    public static AwsException invalidParameter(String detail) {
        return VALIDATION.exception("One or more parameter values were invalid: " + detail);
    }

    /** {@code Requested resource not found}, as item operations on a missing table answer. */
    public static AwsException resourceNotFound() {
        return RESOURCE_NOT_FOUND.exception("Requested resource not found");
    }

    /** {@code Requested resource not found: Table: <name> not found}, as DescribeTable and DeleteTable answer. */
    public static AwsException tableNotFound(String table) {
        return RESOURCE_NOT_FOUND.exception("Requested resource not found: Table: " + table + " not found");
    }
}
