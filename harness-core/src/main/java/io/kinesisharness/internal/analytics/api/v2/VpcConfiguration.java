// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code VpcConfiguration} shape. */
public record VpcConfiguration(
        @JsonProperty("SubnetIds") List<String> subnetIds,
        @JsonProperty("SecurityGroupIds") List<String> securityGroupIds) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, VpcConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "subnetIds" : path + ".subnetIds";
        v.notNull(p, value.subnetIds());
        v.size(p, value.subnetIds(), 1, 16);
        p = path.isEmpty() ? "securityGroupIds" : path + ".securityGroupIds";
        v.notNull(p, value.securityGroupIds());
        v.size(p, value.securityGroupIds(), 1, 5);
    }
}
