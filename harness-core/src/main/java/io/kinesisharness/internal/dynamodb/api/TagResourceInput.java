// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code TagResourceInput} shape. */
public record TagResourceInput(
        @JsonProperty("ResourceArn") String resourceArn,
        @JsonProperty("Tags") List<Tag> tags) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, TagResourceInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "resourceArn" : path + ".resourceArn";
        v.notNull(p, value.resourceArn());
        v.length(p, value.resourceArn(), 1, 1283);
        p = path.isEmpty() ? "tags" : path + ".tags";
        v.notNull(p, value.tags());
        if (value.tags() != null) {
            for (int i = 0; i < value.tags().size(); i++) {
                Tag.check(v, p + "." + (i + 1) + ".member", value.tags().get(i));
            }
        }
    }
}
