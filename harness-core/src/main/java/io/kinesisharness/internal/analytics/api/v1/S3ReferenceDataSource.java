// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code S3ReferenceDataSource} shape. */
public record S3ReferenceDataSource(
        @JsonProperty("BucketARN") String bucketARN,
        @JsonProperty("FileKey") String fileKey,
        @JsonProperty("ReferenceRoleARN") String referenceRoleARN) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, S3ReferenceDataSource value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "bucketARN" : path + ".bucketARN";
        v.notNull(p, value.bucketARN());
        v.pattern(p, value.bucketARN(), KinesisAnalyticsShapes.BUCKET_ARN_PATTERN);
        v.length(p, value.bucketARN(), 1, 2048);
        p = path.isEmpty() ? "fileKey" : path + ".fileKey";
        v.notNull(p, value.fileKey());
        v.length(p, value.fileKey(), 1, 1024);
        p = path.isEmpty() ? "referenceRoleARN" : path + ".referenceRoleARN";
        v.notNull(p, value.referenceRoleARN());
        v.pattern(p, value.referenceRoleARN(), KinesisAnalyticsShapes.ROLE_ARN_PATTERN);
        v.length(p, value.referenceRoleARN(), 1, 2048);
    }
}
