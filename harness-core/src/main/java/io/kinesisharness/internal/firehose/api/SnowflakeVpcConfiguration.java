// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code SnowflakeVpcConfiguration} shape. */
public record SnowflakeVpcConfiguration(
        @JsonProperty("PrivateLinkVpceId") String privateLinkVpceId) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, SnowflakeVpcConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "privateLinkVpceId" : path + ".privateLinkVpceId";
        v.notNull(p, value.privateLinkVpceId());
        v.pattern(p, value.privateLinkVpceId(), FirehoseShapes.SNOWFLAKE_PRIVATE_LINK_VPCE_ID_PATTERN);
        v.length(p, value.privateLinkVpceId(), 47, 255);
    }
}
