// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code S3ContentBaseLocationUpdate} shape. */
public record S3ContentBaseLocationUpdate(
        @JsonProperty("BucketARNUpdate") String bucketARNUpdate,
        @JsonProperty("BasePathUpdate") String basePathUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, S3ContentBaseLocationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "bucketARNUpdate" : path + ".bucketARNUpdate";
        v.pattern(p, value.bucketARNUpdate(), KinesisAnalyticsV2Shapes.BUCKET_ARN_PATTERN);
        v.length(p, value.bucketARNUpdate(), 1, 2048);
        p = path.isEmpty() ? "basePathUpdate" : path + ".basePathUpdate";
        v.pattern(p, value.basePathUpdate(), KinesisAnalyticsV2Shapes.BASE_PATH_PATTERN);
        v.length(p, value.basePathUpdate(), 1, 1024);
    }
}
