// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CatalogConfiguration} shape. */
public record CatalogConfiguration(
        @JsonProperty("GlueDataCatalogConfiguration") GlueDataCatalogConfiguration glueDataCatalogConfiguration) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CatalogConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "glueDataCatalogConfiguration" : path + ".glueDataCatalogConfiguration";
        v.notNull(p, value.glueDataCatalogConfiguration());
        GlueDataCatalogConfiguration.check(v, p, value.glueDataCatalogConfiguration());
    }
}
