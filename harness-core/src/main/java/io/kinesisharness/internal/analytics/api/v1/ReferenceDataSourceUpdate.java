// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ReferenceDataSourceUpdate} shape. */
public record ReferenceDataSourceUpdate(
        @JsonProperty("ReferenceId") String referenceId,
        @JsonProperty("TableNameUpdate") String tableNameUpdate,
        @JsonProperty("S3ReferenceDataSourceUpdate") S3ReferenceDataSourceUpdate s3ReferenceDataSourceUpdate,
        @JsonProperty("ReferenceSchemaUpdate") SourceSchema referenceSchemaUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ReferenceDataSourceUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "referenceId" : path + ".referenceId";
        v.notNull(p, value.referenceId());
        v.pattern(p, value.referenceId(), KinesisAnalyticsShapes.ID_PATTERN);
        v.length(p, value.referenceId(), 1, 50);
        p = path.isEmpty() ? "tableNameUpdate" : path + ".tableNameUpdate";
        v.length(p, value.tableNameUpdate(), 1, 32);
        p = path.isEmpty() ? "s3ReferenceDataSourceUpdate" : path + ".s3ReferenceDataSourceUpdate";
        S3ReferenceDataSourceUpdate.check(v, p, value.s3ReferenceDataSourceUpdate());
        p = path.isEmpty() ? "referenceSchemaUpdate" : path + ".referenceSchemaUpdate";
        SourceSchema.check(v, p, value.referenceSchemaUpdate());
    }
}
