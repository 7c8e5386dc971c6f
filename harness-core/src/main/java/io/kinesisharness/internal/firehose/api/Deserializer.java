// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code Deserializer} shape. */
public record Deserializer(
        @JsonProperty("OpenXJsonSerDe") OpenXJsonSerDe openXJsonSerDe,
        @JsonProperty("HiveJsonSerDe") HiveJsonSerDe hiveJsonSerDe) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, Deserializer value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "openXJsonSerDe" : path + ".openXJsonSerDe";
        OpenXJsonSerDe.check(v, p, value.openXJsonSerDe());
        p = path.isEmpty() ? "hiveJsonSerDe" : path + ".hiveJsonSerDe";
        HiveJsonSerDe.check(v, p, value.hiveJsonSerDe());
    }
}
