// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code GlueDataCatalogConfiguration} shape. */
public record GlueDataCatalogConfiguration(
        @JsonProperty("DatabaseARN") String databaseARN) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, GlueDataCatalogConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "databaseARN" : path + ".databaseARN";
        v.notNull(p, value.databaseARN());
        v.pattern(p, value.databaseARN(), KinesisAnalyticsV2Shapes.DATABASE_ARN_PATTERN);
        v.length(p, value.databaseARN(), 1, 2048);
    }
}
