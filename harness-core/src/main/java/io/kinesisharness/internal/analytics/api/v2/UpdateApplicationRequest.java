// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code UpdateApplicationRequest} shape. */
public record UpdateApplicationRequest(
        @JsonProperty("ApplicationName") String applicationName,
        @JsonProperty("CurrentApplicationVersionId") Long currentApplicationVersionId,
        @JsonProperty("ApplicationConfigurationUpdate") ApplicationConfigurationUpdate applicationConfigurationUpdate,
        @JsonProperty("ServiceExecutionRoleUpdate") String serviceExecutionRoleUpdate,
        @JsonProperty("RunConfigurationUpdate") RunConfigurationUpdate runConfigurationUpdate,
        @JsonProperty("CloudWatchLoggingOptionUpdates") List<CloudWatchLoggingOptionUpdate> cloudWatchLoggingOptionUpdates,
        @JsonProperty("ConditionalToken") String conditionalToken,
        @JsonProperty("RuntimeEnvironmentUpdate") String runtimeEnvironmentUpdate) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, UpdateApplicationRequest value) {
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
        p = path.isEmpty() ? "applicationConfigurationUpdate" : path + ".applicationConfigurationUpdate";
        ApplicationConfigurationUpdate.check(v, p, value.applicationConfigurationUpdate());
        p = path.isEmpty() ? "serviceExecutionRoleUpdate" : path + ".serviceExecutionRoleUpdate";
        v.pattern(p, value.serviceExecutionRoleUpdate(), KinesisAnalyticsV2Shapes.ROLE_ARN_PATTERN);
        v.length(p, value.serviceExecutionRoleUpdate(), 1, 2048);
        p = path.isEmpty() ? "runConfigurationUpdate" : path + ".runConfigurationUpdate";
        RunConfigurationUpdate.check(v, p, value.runConfigurationUpdate());
        p = path.isEmpty() ? "cloudWatchLoggingOptionUpdates" : path + ".cloudWatchLoggingOptionUpdates";
        if (value.cloudWatchLoggingOptionUpdates() != null) {
            for (int i = 0; i < value.cloudWatchLoggingOptionUpdates().size(); i++) {
                CloudWatchLoggingOptionUpdate.check(v, p + "." + (i + 1) + ".member", value.cloudWatchLoggingOptionUpdates().get(i));
            }
        }
        p = path.isEmpty() ? "conditionalToken" : path + ".conditionalToken";
        v.pattern(p, value.conditionalToken(), KinesisAnalyticsV2Shapes.CONDITIONAL_TOKEN_PATTERN);
        v.length(p, value.conditionalToken(), 1, 512);
        p = path.isEmpty() ? "runtimeEnvironmentUpdate" : path + ".runtimeEnvironmentUpdate";
        v.oneOf(p, value.runtimeEnvironmentUpdate(), KinesisAnalyticsV2Shapes.RUNTIME_ENVIRONMENT);
    }
}
