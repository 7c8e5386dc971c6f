// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code S3ContentLocationUpdate} shape. */
public record S3ContentLocationUpdate(
        @JsonProperty("BucketARNUpdate") String bucketARNUpdate,
        @JsonProperty("FileKeyUpdate") String fileKeyUpdate,
        @JsonProperty("ObjectVersionUpdate") String objectVersionUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, S3ContentLocationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "bucketARNUpdate" : path + ".bucketARNUpdate";
        v.pattern(p, value.bucketARNUpdate(), KinesisAnalyticsV2Shapes.BUCKET_ARN_PATTERN);
        v.length(p, value.bucketARNUpdate(), 1, 2048);
        p = path.isEmpty() ? "fileKeyUpdate" : path + ".fileKeyUpdate";
        v.length(p, value.fileKeyUpdate(), 1, 1024);
        p = path.isEmpty() ? "objectVersionUpdate" : path + ".objectVersionUpdate";
        v.length(p, value.objectVersionUpdate(), 0, 1024);
    }
}
