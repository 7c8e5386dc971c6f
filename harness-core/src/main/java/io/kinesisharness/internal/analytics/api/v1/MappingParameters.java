// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code MappingParameters} shape. */
public record MappingParameters(
        @JsonProperty("JSONMappingParameters") JSONMappingParameters jSONMappingParameters,
        @JsonProperty("CSVMappingParameters") CSVMappingParameters cSVMappingParameters) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, MappingParameters value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "jSONMappingParameters" : path + ".jSONMappingParameters";
        JSONMappingParameters.check(v, p, value.jSONMappingParameters());
        p = path.isEmpty() ? "cSVMappingParameters" : path + ".cSVMappingParameters";
        CSVMappingParameters.check(v, p, value.cSVMappingParameters());
    }
}
