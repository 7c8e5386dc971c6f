// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code TransactGetItem} shape. */
public record TransactGetItem(
        @JsonProperty("Get") Get get) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, TransactGetItem value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "get" : path + ".get";
        v.notNull(p, value.get());
        Get.check(v, p, value.get());
    }
}
