// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DiscoverInputSchemaRequest} shape. */
public record DiscoverInputSchemaRequest(
        @JsonProperty("ResourceARN") String resourceARN,
        @JsonProperty("RoleARN") String roleARN,
        @JsonProperty("InputStartingPositionConfiguration") InputStartingPositionConfiguration inputStartingPositionConfiguration,
        @JsonProperty("S3Configuration") S3Configuration s3Configuration,
        @JsonProperty("InputProcessingConfiguration") InputProcessingConfiguration inputProcessingConfiguration) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DiscoverInputSchemaRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "resourceARN" : path + ".resourceARN";
        v.pattern(p, value.resourceARN(), KinesisAnalyticsShapes.RESOURCE_ARN_PATTERN);
        v.length(p, value.resourceARN(), 1, 2048);
        p = path.isEmpty() ? "roleARN" : path + ".roleARN";
        v.pattern(p, value.roleARN(), KinesisAnalyticsShapes.ROLE_ARN_PATTERN);
        v.length(p, value.roleARN(), 1, 2048);
        p = path.isEmpty() ? "inputStartingPositionConfiguration" : path + ".inputStartingPositionConfiguration";
        InputStartingPositionConfiguration.check(v, p, value.inputStartingPositionConfiguration());
        p = path.isEmpty() ? "s3Configuration" : path + ".s3Configuration";
        S3Configuration.check(v, p, value.s3Configuration());
        p = path.isEmpty() ? "inputProcessingConfiguration" : path + ".inputProcessingConfiguration";
        InputProcessingConfiguration.check(v, p, value.inputProcessingConfiguration());
    }
}
