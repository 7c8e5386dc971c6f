// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code UpdateTimeToLiveOutput} shape. */
public record UpdateTimeToLiveOutput(
        @JsonProperty("TimeToLiveSpecification") TimeToLiveSpecification timeToLiveSpecification) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, UpdateTimeToLiveOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "timeToLiveSpecification" : path + ".timeToLiveSpecification";
        TimeToLiveSpecification.check(v, p, value.timeToLiveSpecification());
    }
}
