// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code TimeToLiveSpecification} shape. */
public record TimeToLiveSpecification(
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("AttributeName") String attributeName) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, TimeToLiveSpecification value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "enabled" : path + ".enabled";
        v.notNull(p, value.enabled());
        p = path.isEmpty() ? "attributeName" : path + ".attributeName";
        v.notNull(p, value.attributeName());
        v.length(p, value.attributeName(), 1, 255);
    }
}
