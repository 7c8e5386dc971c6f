// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code ListTagsForDeliveryStreamOutput} shape. */
public record ListTagsForDeliveryStreamOutput(
        @JsonProperty("Tags") List<Tag> tags,
        @JsonProperty("HasMoreTags") Boolean hasMoreTags) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ListTagsForDeliveryStreamOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "tags" : path + ".tags";
        v.notNull(p, value.tags());
        v.size(p, value.tags(), 0, 50);
        if (value.tags() != null) {
            for (int i = 0; i < value.tags().size(); i++) {
                Tag.check(v, p + "." + (i + 1) + ".member", value.tags().get(i));
            }
        }
        p = path.isEmpty() ? "hasMoreTags" : path + ".hasMoreTags";
        v.notNull(p, value.hasMoreTags());
    }
}
