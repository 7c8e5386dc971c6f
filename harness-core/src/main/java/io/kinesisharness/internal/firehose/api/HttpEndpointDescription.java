// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code HttpEndpointDescription} shape. */
public record HttpEndpointDescription(
        @JsonProperty("Url") String url,
        @JsonProperty("Name") String name) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, HttpEndpointDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "url" : path + ".url";
        v.pattern(p, value.url(), FirehoseShapes.HTTP_ENDPOINT_URL_PATTERN);
        v.length(p, value.url(), 1, 1000);
        p = path.isEmpty() ? "name" : path + ".name";
        v.pattern(p, value.name(), FirehoseShapes.HTTP_ENDPOINT_NAME_PATTERN);
        v.length(p, value.name(), 1, 256);
    }
}
