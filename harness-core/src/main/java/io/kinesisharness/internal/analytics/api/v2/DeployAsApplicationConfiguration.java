// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DeployAsApplicationConfiguration} shape. */
public record DeployAsApplicationConfiguration(
        @JsonProperty("S3ContentLocation") S3ContentBaseLocation s3ContentLocation) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DeployAsApplicationConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "s3ContentLocation" : path + ".s3ContentLocation";
        v.notNull(p, value.s3ContentLocation());
        S3ContentBaseLocation.check(v, p, value.s3ContentLocation());
    }
}
