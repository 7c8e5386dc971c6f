// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code StreamSpecification} shape. */
public record StreamSpecification(
        @JsonProperty("StreamEnabled") Boolean streamEnabled,
        @JsonProperty("StreamViewType") String streamViewType) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, StreamSpecification value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "streamEnabled" : path + ".streamEnabled";
        v.notNull(p, value.streamEnabled());
        p = path.isEmpty() ? "streamViewType" : path + ".streamViewType";
        v.oneOf(p, value.streamViewType(), DynamoDBShapes.STREAM_VIEW_TYPE);
    }
}
