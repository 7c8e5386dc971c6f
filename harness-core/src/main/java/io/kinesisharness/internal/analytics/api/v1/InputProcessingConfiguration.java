// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code InputProcessingConfiguration} shape. */
public record InputProcessingConfiguration(
        @JsonProperty("InputLambdaProcessor") InputLambdaProcessor inputLambdaProcessor) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, InputProcessingConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "inputLambdaProcessor" : path + ".inputLambdaProcessor";
        v.notNull(p, value.inputLambdaProcessor());
        InputLambdaProcessor.check(v, p, value.inputLambdaProcessor());
    }
}
