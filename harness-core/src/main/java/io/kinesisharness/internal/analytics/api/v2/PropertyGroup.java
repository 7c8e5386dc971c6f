// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.Map;

/** AWS's {@code PropertyGroup} shape. */
public record PropertyGroup(
        @JsonProperty("PropertyGroupId") String propertyGroupId,
        @JsonProperty("PropertyMap") Map<String, String> propertyMap) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, PropertyGroup value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "propertyGroupId" : path + ".propertyGroupId";
        v.notNull(p, value.propertyGroupId());
        v.pattern(p, value.propertyGroupId(), KinesisAnalyticsV2Shapes.ID_PATTERN);
        v.length(p, value.propertyGroupId(), 1, 50);
        p = path.isEmpty() ? "propertyMap" : path + ".propertyMap";
        v.notNull(p, value.propertyMap());
        v.size(p, value.propertyMap(), 1, 50);
    }
}
