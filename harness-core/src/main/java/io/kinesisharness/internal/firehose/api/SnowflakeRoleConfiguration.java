// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code SnowflakeRoleConfiguration} shape. */
public record SnowflakeRoleConfiguration(
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("SnowflakeRole") String snowflakeRole) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, SnowflakeRoleConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "snowflakeRole" : path + ".snowflakeRole";
        v.length(p, value.snowflakeRole(), 1, 255);
    }
}
