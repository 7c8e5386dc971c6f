// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ListTagsForResourceRequest} shape. */
public record ListTagsForResourceRequest(
        @JsonProperty("ResourceARN") String resourceARN) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ListTagsForResourceRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "resourceARN" : path + ".resourceARN";
        v.notNull(p, value.resourceARN());
        v.pattern(p, value.resourceARN(), KinesisAnalyticsV2Shapes.KINESIS_ANALYTICS_ARN_PATTERN);
        v.length(p, value.resourceARN(), 1, 2048);
    }
}
