// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code InputProcessingConfigurationUpdate} shape. */
public record InputProcessingConfigurationUpdate(
        @JsonProperty("InputLambdaProcessorUpdate") InputLambdaProcessorUpdate inputLambdaProcessorUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, InputProcessingConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "inputLambdaProcessorUpdate" : path + ".inputLambdaProcessorUpdate";
        v.notNull(p, value.inputLambdaProcessorUpdate());
        InputLambdaProcessorUpdate.check(v, p, value.inputLambdaProcessorUpdate());
    }
}
