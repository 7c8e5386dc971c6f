// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DatabaseSourceAuthenticationConfiguration} shape. */
public record DatabaseSourceAuthenticationConfiguration(
        @JsonProperty("SecretsManagerConfiguration") SecretsManagerConfiguration secretsManagerConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DatabaseSourceAuthenticationConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "secretsManagerConfiguration" : path + ".secretsManagerConfiguration";
        v.notNull(p, value.secretsManagerConfiguration());
        SecretsManagerConfiguration.check(v, p, value.secretsManagerConfiguration());
    }
}
