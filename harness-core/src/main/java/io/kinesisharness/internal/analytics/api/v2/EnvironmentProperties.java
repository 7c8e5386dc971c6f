// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code EnvironmentProperties} shape. */
public record EnvironmentProperties(
        @JsonProperty("PropertyGroups") List<PropertyGroup> propertyGroups) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, EnvironmentProperties value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "propertyGroups" : path + ".propertyGroups";
        v.notNull(p, value.propertyGroups());
        v.size(p, value.propertyGroups(), 0, 50);
        if (value.propertyGroups() != null) {
            for (int i = 0; i < value.propertyGroups().size(); i++) {
                PropertyGroup.check(v, p + "." + (i + 1) + ".member", value.propertyGroups().get(i));
            }
        }
    }
}
