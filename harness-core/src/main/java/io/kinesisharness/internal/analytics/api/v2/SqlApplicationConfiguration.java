// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code SqlApplicationConfiguration} shape. */
public record SqlApplicationConfiguration(
        @JsonProperty("Inputs") List<Input> inputs,
        @JsonProperty("Outputs") List<Output> outputs,
        @JsonProperty("ReferenceDataSources") List<ReferenceDataSource> referenceDataSources) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, SqlApplicationConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
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
        p = path.isEmpty() ? "referenceDataSources" : path + ".referenceDataSources";
        if (value.referenceDataSources() != null) {
            for (int i = 0; i < value.referenceDataSources().size(); i++) {
                ReferenceDataSource.check(v, p + "." + (i + 1) + ".member", value.referenceDataSources().get(i));
            }
        }
    }
}
