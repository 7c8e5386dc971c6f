// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code AddApplicationVpcConfigurationRequest} shape. */
public record AddApplicationVpcConfigurationRequest(
        @JsonProperty("ApplicationName") String applicationName,
        @JsonProperty("CurrentApplicationVersionId") Long currentApplicationVersionId,
        @JsonProperty("VpcConfiguration") VpcConfiguration vpcConfiguration,
        @JsonProperty("ConditionalToken") String conditionalToken) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, AddApplicationVpcConfigurationRequest value) {
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
        p = path.isEmpty() ? "vpcConfiguration" : path + ".vpcConfiguration";
        v.notNull(p, value.vpcConfiguration());
        VpcConfiguration.check(v, p, value.vpcConfiguration());
        p = path.isEmpty() ? "conditionalToken" : path + ".conditionalToken";
        v.pattern(p, value.conditionalToken(), KinesisAnalyticsV2Shapes.CONDITIONAL_TOKEN_PATTERN);
        v.length(p, value.conditionalToken(), 1, 512);
    }
}
