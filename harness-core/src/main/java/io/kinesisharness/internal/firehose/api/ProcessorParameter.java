// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ProcessorParameter} shape. */
public record ProcessorParameter(
        @JsonProperty("ParameterName") String parameterName,
        @JsonProperty("ParameterValue") String parameterValue) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ProcessorParameter value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "parameterName" : path + ".parameterName";
        v.notNull(p, value.parameterName());
        v.oneOf(p, value.parameterName(), FirehoseShapes.PROCESSOR_PARAMETER_NAME);
        p = path.isEmpty() ? "parameterValue" : path + ".parameterValue";
        v.notNull(p, value.parameterValue());
        v.pattern(p, value.parameterValue(), FirehoseShapes.PROCESSOR_PARAMETER_VALUE_PATTERN);
        v.length(p, value.parameterValue(), 1, 5120);
    }
}
