// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DynamicPartitioningConfiguration} shape. */
public record DynamicPartitioningConfiguration(
        @JsonProperty("RetryOptions") RetryOptions retryOptions,
        @JsonProperty("Enabled") Boolean enabled) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DynamicPartitioningConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "retryOptions" : path + ".retryOptions";
        RetryOptions.check(v, p, value.retryOptions());
    }
}
