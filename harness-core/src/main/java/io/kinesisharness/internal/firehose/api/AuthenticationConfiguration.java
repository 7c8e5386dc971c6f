// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code AuthenticationConfiguration} shape. */
public record AuthenticationConfiguration(
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("Connectivity") String connectivity) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, AuthenticationConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.notNull(p, value.roleARN());
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
        p = path.isEmpty() ? "connectivity" : path + ".connectivity";
        v.notNull(p, value.connectivity());
        v.oneOf(p, value.connectivity(), FirehoseShapes.CONNECTIVITY);
    }
}
