package io.kinesisharness.lambda;

import java.time.Instant;

/**
 * One call the harness made to a registered function, as a test reads it back.
 *
 * @param function the ARN the calling service invoked
 * @param time when, on the harness clock
 * @param event the payload sent
 * @param response the payload returned, or null when the call failed
 * @param error null when the function answered; else why it failed (its exception, the HTTP status, or that no
 *     function is registered under that name)
 */
public record LambdaInvocation(String function, Instant time, String event, String response, String error) {

    public boolean failed() {
        return error != null;
    }
}
