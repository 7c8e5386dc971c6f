// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code CreateApplicationRequest} shape. */
public record CreateApplicationRequest(
        @JsonProperty("ApplicationName") String applicationName,
        @JsonProperty("ApplicationDescription") String applicationDescription,
        @JsonProperty("Inputs") List<Input> inputs,
        @JsonProperty("Outputs") List<Output> outputs,
        @JsonProperty("CloudWatchLoggingOptions") List<CloudWatchLoggingOption> cloudWatchLoggingOptions,
        @JsonProperty("ApplicationCode") String applicationCode,
        @JsonProperty("Tags") List<Tag> tags) implements Validated {

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
        v.pattern(p, value.applicationName(), KinesisAnalyticsShapes.APPLICATION_NAME_PATTERN);
        v.length(p, value.applicationName(), 1, 128);
        p = path.isEmpty() ? "applicationDescription" : path + ".applicationDescription";
        v.length(p, value.applicationDescription(), 0, 1024);
        p = path.isEmpty() ? "inputs" : path + ".inputs";
        if (value.inputs() != null) {
            for (int i = 0; i < value.inputs().size(); i++) {
                Input.check(v, p + "." + (i + 1) + ".member", value.inputs().get(i));
            }
        }
        p = path.isEmpty() ? "outputs" : path + ".outputs";
        if (value.outputs() != null) {
            for (int i = 0; i < value.outputs().size(); i++) {
                Output.check(v, p + "." + (i + 1) + ".member", value.outputs().get(i));
            }
        }
        p = path.isEmpty() ? "cloudWatchLoggingOptions" : path + ".cloudWatchLoggingOptions";
        if (value.cloudWatchLoggingOptions() != null) {
            for (int i = 0; i < value.cloudWatchLoggingOptions().size(); i++) {
                CloudWatchLoggingOption.check(v, p + "." + (i + 1) + ".member", value.cloudWatchLoggingOptions().get(i));
            }
        }
        p = path.isEmpty() ? "applicationCode" : path + ".applicationCode";
        v.length(p, value.applicationCode(), 0, 102400);
        p = path.isEmpty() ? "tags" : path + ".tags";
        v.size(p, value.tags(), 1, 200);
        if (value.tags() != null) {
            for (int i = 0; i < value.tags().size(); i++) {
                Tag.check(v, p + "." + (i + 1) + ".member", value.tags().get(i));
            }
        }
    }
}
