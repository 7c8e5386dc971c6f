// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code DatabaseTableList} shape. */
public record DatabaseTableList(
        @JsonProperty("Include") List<String> include,
        @JsonProperty("Exclude") List<String> exclude) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DatabaseTableList value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "include" : path + ".include";
        v.elementLengths(p, value.include(), 1, 129);
        p = path.isEmpty() ? "exclude" : path + ".exclude";
        v.elementLengths(p, value.exclude(), 1, 129);
    }
}
