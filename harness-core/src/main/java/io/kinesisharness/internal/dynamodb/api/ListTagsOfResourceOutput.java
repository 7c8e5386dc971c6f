// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code ListTagsOfResourceOutput} shape. */
public record ListTagsOfResourceOutput(
        @JsonProperty("Tags") List<Tag> tags,
        @JsonProperty("NextToken") String nextToken) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ListTagsOfResourceOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "tags" : path + ".tags";
        if (value.tags() != null) {
            for (int i = 0; i < value.tags().size(); i++) {
                Tag.check(v, p + "." + (i + 1) + ".member", value.tags().get(i));
            }
        }
    }
}
