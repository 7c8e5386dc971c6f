// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code Projection} shape. */
public record Projection(
        @JsonProperty("ProjectionType") String projectionType,
        @JsonProperty("NonKeyAttributes") List<String> nonKeyAttributes) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, Projection value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "projectionType" : path + ".projectionType";
        v.oneOf(p, value.projectionType(), DynamoDBShapes.PROJECTION_TYPE);
        p = path.isEmpty() ? "nonKeyAttributes" : path + ".nonKeyAttributes";
        v.size(p, value.nonKeyAttributes(), 1, 20);
        v.elementLengths(p, value.nonKeyAttributes(), 1, 255);
    }
}
