// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code HttpEndpointCommonAttribute} shape. */
public record HttpEndpointCommonAttribute(
        @JsonProperty("AttributeName") String attributeName,
        @JsonProperty("AttributeValue") String attributeValue) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, HttpEndpointCommonAttribute value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "attributeName" : path + ".attributeName";
        v.notNull(p, value.attributeName());
        v.pattern(p, value.attributeName(), FirehoseShapes.HTTP_ENDPOINT_ATTRIBUTE_NAME_PATTERN);
        v.length(p, value.attributeName(), 1, 256);
        p = path.isEmpty() ? "attributeValue" : path + ".attributeValue";
        v.notNull(p, value.attributeValue());
        v.pattern(p, value.attributeValue(), FirehoseShapes.HTTP_ENDPOINT_ATTRIBUTE_VALUE_PATTERN);
        v.length(p, value.attributeValue(), 0, 1024);
    }
}
