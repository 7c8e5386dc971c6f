// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code TagResourceRequest} shape. */
public record TagResourceRequest(
        @JsonProperty("ResourceARN") String resourceARN,
        @JsonProperty("Tags") List<Tag> tags) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, TagResourceRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "resourceARN" : path + ".resourceARN";
        v.notNull(p, value.resourceARN());
        v.pattern(p, value.resourceARN(), KinesisAnalyticsV2Shapes.KINESIS_ANALYTICS_ARN_PATTERN);
        v.length(p, value.resourceARN(), 1, 2048);
        p = path.isEmpty() ? "tags" : path + ".tags";
        v.notNull(p, value.tags());
        v.size(p, value.tags(), 1, 200);
        if (value.tags() != null) {
            for (int i = 0; i < value.tags().size(); i++) {
                Tag.check(v, p + "." + (i + 1) + ".member", value.tags().get(i));
            }
        }
    }
}
