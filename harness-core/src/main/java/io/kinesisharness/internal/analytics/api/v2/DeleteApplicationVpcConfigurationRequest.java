// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DeleteApplicationVpcConfigurationRequest} shape. */
public record DeleteApplicationVpcConfigurationRequest(
        @JsonProperty("ApplicationName") String applicationName,
        @JsonProperty("CurrentApplicationVersionId") Long currentApplicationVersionId,
        @JsonProperty("VpcConfigurationId") String vpcConfigurationId,
        @JsonProperty("ConditionalToken") String conditionalToken) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DeleteApplicationVpcConfigurationRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "applicationName" : path + ".applicationName";
        v.notNull(p, value.applicationName());
        v.pattern(p, value.applicationName(), KinesisAnalyticsV2Shapes.APPLICATION_NAME_PATTERN);
        v.length(p, value.applicationName(), 1, 128);
        p = path.isEmpty() ? "currentApplicationVersionId" : path + ".currentApplicationVersionId";
        v.range(p, value.currentApplicationVersionId(), 1L, 999999999L);
        p = path.isEmpty() ? "vpcConfigurationId" : path + ".vpcConfigurationId";
        v.notNull(p, value.vpcConfigurationId());
        v.pattern(p, value.vpcConfigurationId(), KinesisAnalyticsV2Shapes.ID_PATTERN);
        v.length(p, value.vpcConfigurationId(), 1, 50);
        p = path.isEmpty() ? "conditionalToken" : path + ".conditionalToken";
        v.pattern(p, value.conditionalToken(), KinesisAnalyticsV2Shapes.CONDITIONAL_TOKEN_PATTERN);
        v.length(p, value.conditionalToken(), 1, 512);
    }
}
