// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code SSESpecification} shape. */
public record SSESpecification(
        @JsonProperty("Enabled") Boolean enabled,
        @JsonProperty("SSEType") String sSEType,
        @JsonProperty("KMSMasterKeyId") String kMSMasterKeyId) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, SSESpecification value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "sSEType" : path + ".sSEType";
        v.oneOf(p, value.sSEType(), DynamoDBShapes.SSETYPE);
    }
}
