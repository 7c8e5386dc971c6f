// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code Processor} shape. */
public record Processor(
        @JsonProperty("Type") String type,
        @JsonProperty("Parameters") List<ProcessorParameter> parameters) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, Processor value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "type" : path + ".type";
        v.notNull(p, value.type());
        v.oneOf(p, value.type(), FirehoseShapes.PROCESSOR_TYPE);
        p = path.isEmpty() ? "parameters" : path + ".parameters";
        if (value.parameters() != null) {
            for (int i = 0; i < value.parameters().size(); i++) {
                ProcessorParameter.check(v, p + "." + (i + 1) + ".member", value.parameters().get(i));
            }
        }
    }
}
