package io.kinesisharness.internal.dispatch;

import io.kinesisharness.FaultRule;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.errors.ErrorCode;

/** The error an injected fault answers with, worded as AWS usually words that error unless the rule says. */
final class InjectedErrors {

    private InjectedErrors() {
    }

    static AwsException exception(FaultRule rule, ErrorCode error) {
        String message = rule.message() != null ? rule.message() : switch (error.code()) {
            case "InternalFailure" -> null;
            case "ServiceUnavailable" -> "Service Unavailable";
            case "ProvisionedThroughputExceededException", "LimitExceededException" -> "Rate exceeded";
            default -> "Injected fault: " + error.code();
        };
        return error.exception(message);
    }
}
