// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code HiveJsonSerDe} shape. */
public record HiveJsonSerDe(
        @JsonProperty("TimestampFormats") List<String> timestampFormats) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, HiveJsonSerDe value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "timestampFormats" : path + ".timestampFormats";
        v.elementLengths(p, value.timestampFormats(), 1, 1024);
    }
}
