// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code VpcConfigurationUpdate} shape. */
public record VpcConfigurationUpdate(
        @JsonProperty("VpcConfigurationId") String vpcConfigurationId,
        @JsonProperty("SubnetIdUpdates") List<String> subnetIdUpdates,
        @JsonProperty("SecurityGroupIdUpdates") List<String> securityGroupIdUpdates) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, VpcConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "vpcConfigurationId" : path + ".vpcConfigurationId";
        v.notNull(p, value.vpcConfigurationId());
        v.pattern(p, value.vpcConfigurationId(), KinesisAnalyticsV2Shapes.ID_PATTERN);
        v.length(p, value.vpcConfigurationId(), 1, 50);
        p = path.isEmpty() ? "subnetIdUpdates" : path + ".subnetIdUpdates";
        v.size(p, value.subnetIdUpdates(), 1, 16);
        p = path.isEmpty() ? "securityGroupIdUpdates" : path + ".securityGroupIdUpdates";
        v.size(p, value.securityGroupIdUpdates(), 1, 5);
    }
}
