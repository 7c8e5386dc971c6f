// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code HttpEndpointRequestConfiguration} shape. */
public record HttpEndpointRequestConfiguration(
        @JsonProperty("ContentEncoding") String contentEncoding,
        @JsonProperty("CommonAttributes") List<HttpEndpointCommonAttribute> commonAttributes) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, HttpEndpointRequestConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "contentEncoding" : path + ".contentEncoding";
        v.oneOf(p, value.contentEncoding(), FirehoseShapes.CONTENT_ENCODING);
        p = path.isEmpty() ? "commonAttributes" : path + ".commonAttributes";
        v.size(p, value.commonAttributes(), 0, 50);
        if (value.commonAttributes() != null) {
            for (int i = 0; i < value.commonAttributes().size(); i++) {
                HttpEndpointCommonAttribute.check(v, p + "." + (i + 1) + ".member", value.commonAttributes().get(i));
            }
        }
    }
}
