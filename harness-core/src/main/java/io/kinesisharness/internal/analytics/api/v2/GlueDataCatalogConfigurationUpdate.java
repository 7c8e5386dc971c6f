// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code GlueDataCatalogConfigurationUpdate} shape. */
public record GlueDataCatalogConfigurationUpdate(
        @JsonProperty("DatabaseARNUpdate") String databaseARNUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, GlueDataCatalogConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "databaseARNUpdate" : path + ".databaseARNUpdate";
        v.notNull(p, value.databaseARNUpdate());
        v.pattern(p, value.databaseARNUpdate(), KinesisAnalyticsV2Shapes.DATABASE_ARN_PATTERN);
        v.length(p, value.databaseARNUpdate(), 1, 2048);
    }
}
