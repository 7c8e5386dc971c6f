// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;

/** AWS's {@code BillingModeSummary} shape. */
public record BillingModeSummary(
        @JsonProperty("BillingMode") String billingMode,
        @JsonProperty("LastUpdateToPayPerRequestDateTime") Instant lastUpdateToPayPerRequestDateTime) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, BillingModeSummary value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "billingMode" : path + ".billingMode";
        v.oneOf(p, value.billingMode(), DynamoDBShapes.BILLING_MODE);
    }
}
