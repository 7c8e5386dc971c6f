// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code S3ReferenceDataSourceUpdate} shape. */
public record S3ReferenceDataSourceUpdate(
        @JsonProperty("BucketARNUpdate") String bucketARNUpdate,
        @JsonProperty("FileKeyUpdate") String fileKeyUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, S3ReferenceDataSourceUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "bucketARNUpdate" : path + ".bucketARNUpdate";
        v.pattern(p, value.bucketARNUpdate(), KinesisAnalyticsV2Shapes.BUCKET_ARN_PATTERN);
        v.length(p, value.bucketARNUpdate(), 1, 2048);
        p = path.isEmpty() ? "fileKeyUpdate" : path + ".fileKeyUpdate";
        v.length(p, value.fileKeyUpdate(), 1, 1024);
    }
}
