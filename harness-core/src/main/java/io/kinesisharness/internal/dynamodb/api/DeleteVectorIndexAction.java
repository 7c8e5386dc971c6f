// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DeleteVectorIndexAction} shape. */
public record DeleteVectorIndexAction(
        @JsonProperty("IndexName") String indexName) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DeleteVectorIndexAction value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "indexName" : path + ".indexName";
        v.notNull(p, value.indexName());
        v.pattern(p, value.indexName(), DynamoDBShapes.INDEX_NAME_PATTERN);
        v.length(p, value.indexName(), 3, 255);
    }
}
