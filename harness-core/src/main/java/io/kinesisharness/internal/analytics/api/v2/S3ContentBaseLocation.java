// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code S3ContentBaseLocation} shape. */
public record S3ContentBaseLocation(
        @JsonProperty("BucketARN") String bucketARN,
        @JsonProperty("BasePath") String basePath) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, S3ContentBaseLocation value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "bucketARN" : path + ".bucketARN";
        v.notNull(p, value.bucketARN());
        v.pattern(p, value.bucketARN(), KinesisAnalyticsV2Shapes.BUCKET_ARN_PATTERN);
        v.length(p, value.bucketARN(), 1, 2048);
        p = path.isEmpty() ? "basePath" : path + ".basePath";
        v.pattern(p, value.basePath(), KinesisAnalyticsV2Shapes.BASE_PATH_PATTERN);
        v.length(p, value.basePath(), 1, 1024);
    }
}
