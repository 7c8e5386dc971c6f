package io.kinesisharness.internal.lambda.access;

/**
 * What the Lambda stand-ins offer the services that invoke functions: one synchronous call. The caller owns what
 * AWS's service does around it (batching, retries, error documents); this only calls and says what happened.
 */
public interface FunctionInvoker {

    String SERVICE = "lambda";

    /**
     * Invokes the function registered for {@code functionArn}, on the caller's thread.
     *
     * @param functionArn the ARN the calling service's configuration names
     * @param event the payload, as AWS's service would send it
     */
    Invocation invoke(String functionArn, String event);

    /** How a call went wrong, in the terms Lambda's Invoke API would report it. */
    enum Failure {
        /** No function is registered under that ARN or its name (Lambda's ResourceNotFoundException). */
        NOT_FOUND,
        /** The function threw, or its HTTP server answered an error or could not be reached. */
        FUNCTION_ERROR,
        /** The HTTP function did not answer within the invocation timeout. */
        TIMED_OUT
    }

    /** A response, or a failure with a message for the harness's log. */
    record Invocation(String response, Failure failure, String message) {

        public static Invocation answered(String response) {
            return new Invocation(response, null, null);
        }

        public static Invocation failed(Failure failure, String message) {
            return new Invocation(null, failure, message);
        }

        public boolean ok() {
            return failure == null;
        }
    }
}
