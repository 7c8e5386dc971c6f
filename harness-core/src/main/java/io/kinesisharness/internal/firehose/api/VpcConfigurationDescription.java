// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code VpcConfigurationDescription} shape. */
public record VpcConfigurationDescription(
        @JsonProperty("SubnetIds") List<String> subnetIds,
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("SecurityGroupIds") List<String> securityGroupIds,
        @JsonProperty("VpcId") String vpcId) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, VpcConfigurationDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "subnetIds" : path + ".subnetIds";
        v.notNull(p, value.subnetIds());
        v.size(p, value.subnetIds(), 1, 16);
        v.elementLengths(p, value.subnetIds(), 1, 1024);
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.notNull(p, value.roleARN());
        v.pattern(p, value.roleARN(), FirehoseShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 512);
        p = path.isEmpty() ? "securityGroupIds" : path + ".securityGroupIds";
        v.notNull(p, value.securityGroupIds());
        v.size(p, value.securityGroupIds(), 1, 5);
        v.elementLengths(p, value.securityGroupIds(), 1, 1024);
        p = path.isEmpty() ? "vpcId" : path + ".vpcId";
        v.notNull(p, value.vpcId());
        v.pattern(p, value.vpcId(), FirehoseShapes.NON_EMPTY_STRING_WITHOUT_WHITESPACE_PATTERN);
        v.length(p, value.vpcId(), 1, 1024);
    }
}
