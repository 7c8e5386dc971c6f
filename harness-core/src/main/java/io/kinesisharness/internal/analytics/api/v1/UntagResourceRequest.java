// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code UntagResourceRequest} shape. */
public record UntagResourceRequest(
        @JsonProperty("ResourceARN") String resourceARN,
        @JsonProperty("TagKeys") List<String> tagKeys) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, UntagResourceRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "resourceARN" : path + ".resourceARN";
        v.notNull(p, value.resourceARN());
        v.pattern(p, value.resourceARN(), KinesisAnalyticsShapes.KINESIS_ANALYTICS_ARN_PATTERN);
        v.length(p, value.resourceARN(), 1, 2048);
        p = path.isEmpty() ? "tagKeys" : path + ".tagKeys";
        v.notNull(p, value.tagKeys());
        v.size(p, value.tagKeys(), 1, 200);
        v.elementLengths(p, value.tagKeys(), 1, 128);
    }
}
