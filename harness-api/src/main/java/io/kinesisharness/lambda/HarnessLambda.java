package io.kinesisharness.lambda;

import java.net.URI;
import java.util.List;

/**
 * The functions a test stands in for Lambda, shared by every service that invokes one (Firehose transformations
 * today). A function is registered under its name or its ARN: a name matches an ARN with that function name in
 * any account and region, qualified or not; an ARN matches itself, and its unqualified form matches every
 * qualifier. Registrations are dropped by a reset, like every other state of the harness.
 */
public interface HarnessLambda {

    /** Registers a Java function under {@code function} (a name or an ARN), replacing any registered before. */
    void register(String function, LambdaFunction handler);

    /**
     * Registers a record transformation, which the harness runs record by record and answers with AWS's response
     * shape.
     */
    void registerTransformer(String function, RecordTransformer transformer);

    /**
     * Registers a function served over HTTP (container mode, where the test's code runs outside the harness): each
     * invocation POSTs the event as JSON to {@code url}; a 2xx body is the response, any other status or a
     * connection failure is a function error.
     */
    void registerUrl(String function, URI url);

    /** Removes a registration; invocations of it then fail as invoking a function that does not exist does. */
    void unregister(String function);

    /** Every call made to functions registered under {@code function}, or that named it and found none, oldest first. */
    List<LambdaInvocation> invocations(String function);
}
