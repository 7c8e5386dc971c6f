// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code PartitionSpec} shape. */
public record PartitionSpec(
        @JsonProperty("Identity") List<PartitionField> identity) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, PartitionSpec value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "identity" : path + ".identity";
        if (value.identity() != null) {
            for (int i = 0; i < value.identity().size(); i++) {
                PartitionField.check(v, p + "." + (i + 1) + ".member", value.identity().get(i));
            }
        }
    }
}
