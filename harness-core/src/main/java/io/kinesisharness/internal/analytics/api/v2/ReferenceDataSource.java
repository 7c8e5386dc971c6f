// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ReferenceDataSource} shape. */
public record ReferenceDataSource(
        @JsonProperty("TableName") String tableName,
        @JsonProperty("S3ReferenceDataSource") S3ReferenceDataSource s3ReferenceDataSource,
        @JsonProperty("ReferenceSchema") SourceSchema referenceSchema) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ReferenceDataSource value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "tableName" : path + ".tableName";
        v.notNull(p, value.tableName());
        v.length(p, value.tableName(), 1, 32);
        p = path.isEmpty() ? "s3ReferenceDataSource" : path + ".s3ReferenceDataSource";
        S3ReferenceDataSource.check(v, p, value.s3ReferenceDataSource());
        p = path.isEmpty() ? "referenceSchema" : path + ".referenceSchema";
        v.notNull(p, value.referenceSchema());
        SourceSchema.check(v, p, value.referenceSchema());
    }
}
