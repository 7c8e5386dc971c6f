// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code ProcessingConfiguration} shape. */
public record ProcessingConfiguration(
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("Processors") List<Processor> processors) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ProcessingConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "processors" : path + ".processors";
        if (value.processors() != null) {
            for (int i = 0; i < value.processors().size(); i++) {
                Processor.check(v, p + "." + (i + 1) + ".member", value.processors().get(i));
            }
        }
    }
}
