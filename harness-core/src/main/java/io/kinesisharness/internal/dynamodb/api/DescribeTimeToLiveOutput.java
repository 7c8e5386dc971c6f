// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DescribeTimeToLiveOutput} shape. */
public record DescribeTimeToLiveOutput(
        @JsonProperty("TimeToLiveDescription") TimeToLiveDescription timeToLiveDescription) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DescribeTimeToLiveOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "timeToLiveDescription" : path + ".timeToLiveDescription";
        TimeToLiveDescription.check(v, p, value.timeToLiveDescription());
    }
}
