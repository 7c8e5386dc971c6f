// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ListTagsOfResourceInput} shape. */
public record ListTagsOfResourceInput(
        @JsonProperty("ResourceArn") String resourceArn,
        @JsonProperty("NextToken") String nextToken) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ListTagsOfResourceInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "resourceArn" : path + ".resourceArn";
        v.notNull(p, value.resourceArn());
        v.length(p, value.resourceArn(), 1, 1283);
    }
}
