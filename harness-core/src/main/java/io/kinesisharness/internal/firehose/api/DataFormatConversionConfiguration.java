// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DataFormatConversionConfiguration} shape. */
public record DataFormatConversionConfiguration(
        @JsonProperty("SchemaConfiguration") SchemaConfiguration schemaConfiguration,
        @JsonProperty("InputFormatConfiguration") InputFormatConfiguration inputFormatConfiguration,
        @JsonProperty("OutputFormatConfiguration") OutputFormatConfiguration outputFormatConfiguration,
        @JsonProperty("Enabled") Boolean enabled) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DataFormatConversionConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "schemaConfiguration" : path + ".schemaConfiguration";
        SchemaConfiguration.check(v, p, value.schemaConfiguration());
        p = path.isEmpty() ? "inputFormatConfiguration" : path + ".inputFormatConfiguration";
        InputFormatConfiguration.check(v, p, value.inputFormatConfiguration());
        p = path.isEmpty() ? "outputFormatConfiguration" : path + ".outputFormatConfiguration";
        OutputFormatConfiguration.check(v, p, value.outputFormatConfiguration());
    }
}
