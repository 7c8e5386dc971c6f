// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code AddApplicationInputProcessingConfigurationRequest} shape. */
public record AddApplicationInputProcessingConfigurationRequest(
        @JsonProperty("ApplicationName") String applicationName,
        @JsonProperty("CurrentApplicationVersionId") Long currentApplicationVersionId,
        @JsonProperty("InputId") String inputId,
        @JsonProperty("InputProcessingConfiguration") InputProcessingConfiguration inputProcessingConfiguration) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, AddApplicationInputProcessingConfigurationRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "applicationName" : path + ".applicationName";
        v.notNull(p, value.applicationName());
        v.pattern(p, value.applicationName(), KinesisAnalyticsV2Shapes.APPLICATION_NAME_PATTERN);
        v.length(p, value.applicationName(), 1, 128);
        p = path.isEmpty() ? "currentApplicationVersionId" : path + ".currentApplicationVersionId";
        v.notNull(p, value.currentApplicationVersionId());
        v.range(p, value.currentApplicationVersionId(), 1L, 999999999L);
        p = path.isEmpty() ? "inputId" : path + ".inputId";
        v.notNull(p, value.inputId());
        v.pattern(p, value.inputId(), KinesisAnalyticsV2Shapes.ID_PATTERN);
        v.length(p, value.inputId(), 1, 50);
        p = path.isEmpty() ? "inputProcessingConfiguration" : path + ".inputProcessingConfiguration";
        v.notNull(p, value.inputProcessingConfiguration());
        InputProcessingConfiguration.check(v, p, value.inputProcessingConfiguration());
    }
}
