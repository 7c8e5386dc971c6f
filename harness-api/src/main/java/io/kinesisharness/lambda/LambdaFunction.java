package io.kinesisharness.lambda;

/**
 * A function the harness calls where AWS would invoke a Lambda function synchronously: the event as AWS would
 * send it (JSON), the function's result (JSON) back. Throwing is the function failing, as an unhandled error in
 * a Lambda handler is: the calling service sees a function error and retries as AWS's does.
 */
@FunctionalInterface
public interface LambdaFunction {

    /**
     * @param event the invocation payload, exactly as the calling service would send it to Lambda
     * @return the function's response payload
     * @throws Exception to report a function error
     */
    String invoke(String event) throws Exception;
}
