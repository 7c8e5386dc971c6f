// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code Serializer} shape. */
public record Serializer(
        @JsonProperty("ParquetSerDe") ParquetSerDe parquetSerDe,
        @JsonProperty("OrcSerDe") OrcSerDe orcSerDe) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, Serializer value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "parquetSerDe" : path + ".parquetSerDe";
        ParquetSerDe.check(v, p, value.parquetSerDe());
        p = path.isEmpty() ? "orcSerDe" : path + ".orcSerDe";
        OrcSerDe.check(v, p, value.orcSerDe());
    }
}
