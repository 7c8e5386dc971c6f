package io.kinesisharness.internal.dispatch;

import io.kinesisharness.FaultRule;
import io.kinesisharness.internal.errors.AwsError;
import io.kinesisharness.internal.errors.AwsException;

/** The error an injected fault answers with, worded as AWS usually words that error unless the rule says. */
final class InjectedErrors {

    private InjectedErrors() {
    }

    static AwsException exception(FaultRule rule) {
        AwsError error = AwsError.byCode(rule.errorCode());
        String message = rule.message() != null ? rule.message() : switch (error) {
            case INTERNAL_FAILURE -> null;
            case SERVICE_UNAVAILABLE -> "Service Unavailable";
            case PROVISIONED_THROUGHPUT_EXCEEDED, LIMIT_EXCEEDED -> "Rate exceeded";
            default -> "Injected fault: " + error.code();
        };
        return error.exception(message);
    }
}
