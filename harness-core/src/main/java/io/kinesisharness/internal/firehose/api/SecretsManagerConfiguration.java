// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code SecretsManagerConfiguration} shape. */
public record SecretsManagerConfiguration(
        @JsonProperty("SecretARN") String secretARN,
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("Enabled") Boolean enabled) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, SecretsManagerConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "secretARN" : path + ".secretARN";
        v.pattern(p, value.secretARN(), FirehoseShapes.SECRET_ARN_PATTERN);
        v.length(p, value.secretARN(), 1, 2048);
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
        p = path.isEmpty() ? "enabled" : path + ".enabled";
        v.notNull(p, value.enabled());
    }
}
