// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DeployAsApplicationConfigurationUpdate} shape. */
public record DeployAsApplicationConfigurationUpdate(
        @JsonProperty("S3ContentLocationUpdate") S3ContentBaseLocationUpdate s3ContentLocationUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DeployAsApplicationConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "s3ContentLocationUpdate" : path + ".s3ContentLocationUpdate";
        S3ContentBaseLocationUpdate.check(v, p, value.s3ContentLocationUpdate());
    }
}
