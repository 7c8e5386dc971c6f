// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code WriteRequest} shape. */
public record WriteRequest(
        @JsonProperty("PutRequest") PutRequest putRequest,
        @JsonProperty("DeleteRequest") DeleteRequest deleteRequest) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, WriteRequest value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "putRequest" : path + ".putRequest";
        PutRequest.check(v, p, value.putRequest());
        p = path.isEmpty() ? "deleteRequest" : path + ".deleteRequest";
        DeleteRequest.check(v, p, value.deleteRequest());
    }
}
