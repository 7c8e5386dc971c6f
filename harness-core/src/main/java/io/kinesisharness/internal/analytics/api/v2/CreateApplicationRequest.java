// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code CreateApplicationRequest} shape. */
public record CreateApplicationRequest(
        @JsonProperty("ApplicationName") String applicationName,
        @JsonProperty("ApplicationDescription") String applicationDescription,
        @JsonProperty("RuntimeEnvironment") String runtimeEnvironment,
        @JsonProperty("ServiceExecutionRole") String serviceExecutionRole,
        @JsonProperty("ApplicationConfiguration") ApplicationConfiguration applicationConfiguration,
        @JsonProperty("CloudWatchLoggingOptions") List<CloudWatchLoggingOption> cloudWatchLoggingOptions,
        @JsonProperty("Tags") List<Tag> tags,
        @JsonProperty("ApplicationMode") String applicationMode) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CreateApplicationRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "applicationName" : path + ".applicationName";
        v.notNull(p, value.applicationName());
        v.pattern(p, value.applicationName(), KinesisAnalyticsV2Shapes.APPLICATION_NAME_PATTERN);
        v.length(p, value.applicationName(), 1, 128);
        p = path.isEmpty() ? "applicationDescription" : path + ".applicationDescription";
        v.length(p, value.applicationDescription(), 0, 1024);
        p = path.isEmpty() ? "runtimeEnvironment" : path + ".runtimeEnvironment";
        v.notNull(p, value.runtimeEnvironment());
        v.oneOf(p, value.runtimeEnvironment(), KinesisAnalyticsV2Shapes.RUNTIME_ENVIRONMENT);
        p = path.isEmpty() ? "serviceExecutionRole" : path + ".serviceExecutionRole";
        v.notNull(p, value.serviceExecutionRole());
        v.pattern(p, value.serviceExecutionRole(), KinesisAnalyticsV2Shapes.ROLE_ARN_PATTERN);
        v.length(p, value.serviceExecutionRole(), 1, 2048);
        p = path.isEmpty() ? "applicationConfiguration" : path + ".applicationConfiguration";
        ApplicationConfiguration.check(v, p, value.applicationConfiguration());
        p = path.isEmpty() ? "cloudWatchLoggingOptions" : path + ".cloudWatchLoggingOptions";
        if (value.cloudWatchLoggingOptions() != null) {
            for (int i = 0; i < value.cloudWatchLoggingOptions().size(); i++) {
                CloudWatchLoggingOption.check(v, p + "." + (i + 1) + ".member", value.cloudWatchLoggingOptions().get(i));
            }
        }
        p = path.isEmpty() ? "tags" : path + ".tags";
        v.size(p, value.tags(), 1, 200);
        if (value.tags() != null) {
            for (int i = 0; i < value.tags().size(); i++) {
                Tag.check(v, p + "." + (i + 1) + ".member", value.tags().get(i));
            }
        }
        p = path.isEmpty() ? "applicationMode" : path + ".applicationMode";
        v.oneOf(p, value.applicationMode(), KinesisAnalyticsV2Shapes.APPLICATION_MODE);
    }
}
