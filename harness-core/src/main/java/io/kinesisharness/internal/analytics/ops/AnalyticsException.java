package io.kinesisharness.internal.analytics.ops;

import io.kinesisharness.internal.analytics.AnalyticsErrors;
import io.kinesisharness.internal.errors.AwsException;

/** The service's errors as the operations raise them. */
final class AnalyticsException {

    private AnalyticsException() {
    }

    static AwsException notFound(String m) {
        return AnalyticsErrors.RESOURCE_NOT_FOUND.exception(m);
    }

    static AwsException inUse(String m) {
        return AnalyticsErrors.RESOURCE_IN_USE.exception(m);
    }

    static AwsException invalidArgument(String m) {
        return AnalyticsErrors.INVALID_ARGUMENT.exception(m);
    }

    static AwsException invalidConfiguration(String m) {
        return AnalyticsErrors.INVALID_APPLICATION_CONFIGURATION.exception(m);
    }

    static AwsException limit(String m) {
        return AnalyticsErrors.LIMIT_EXCEEDED.exception(m);
    }

    static AwsException concurrent(String m) {
        return AnalyticsErrors.CONCURRENT_MODIFICATION.exception(m);
    }

    static AwsException tooManyTags(String m) {
        return AnalyticsErrors.TOO_MANY_TAGS.exception(m);
    }

    /** Something AWS offers that the harness does not run yet: refused by name, never accepted and ignored. */
    static AwsException unsupported(String feature) {
        return AnalyticsErrors.UNSUPPORTED_OPERATION.exception(feature + " is not supported by Kinesis Harness yet; "
                + "the harness refuses it rather than accept it and do nothing.");
    }
}
