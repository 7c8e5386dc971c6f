// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CatalogConfiguration} shape. */
public record CatalogConfiguration(
        @JsonProperty("CatalogARN") String catalogARN,
        @JsonProperty("WarehouseLocation") String warehouseLocation) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CatalogConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "catalogARN" : path + ".catalogARN";
        v.pattern(p, value.catalogARN(), FirehoseShapes.GLUE_DATA_CATALOG_ARN_PATTERN);
        v.length(p, value.catalogARN(), 1, 512);
        p = path.isEmpty() ? "warehouseLocation" : path + ".warehouseLocation";
        v.pattern(p, value.warehouseLocation(), FirehoseShapes.WAREHOUSE_LOCATION_PATTERN);
        v.length(p, value.warehouseLocation(), 1, 2048);
    }
}
