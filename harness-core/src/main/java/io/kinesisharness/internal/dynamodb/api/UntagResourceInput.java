// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code UntagResourceInput} shape. */
public record UntagResourceInput(
        @JsonProperty("ResourceArn") String resourceArn,
        @JsonProperty("TagKeys") List<String> tagKeys) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, UntagResourceInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "resourceArn" : path + ".resourceArn";
        v.notNull(p, value.resourceArn());
        v.length(p, value.resourceArn(), 1, 1283);
        p = path.isEmpty() ? "tagKeys" : path + ".tagKeys";
        v.notNull(p, value.tagKeys());
        v.elementLengths(p, value.tagKeys(), 1, 128);
    }
}
