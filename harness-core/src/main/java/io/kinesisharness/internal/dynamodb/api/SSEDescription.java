// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;

/** AWS's {@code SSEDescription} shape. */
public record SSEDescription(
        @JsonProperty("Status") String status,
        @JsonProperty("SSEType") String sSEType,
        @JsonProperty("KMSMasterKeyArn") String kMSMasterKeyArn,
        @JsonProperty("InaccessibleEncryptionDateTime") Instant inaccessibleEncryptionDateTime) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, SSEDescription value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "status" : path + ".status";
        v.oneOf(p, value.status(), DynamoDBShapes.SSESTATUS);
        p = path.isEmpty() ? "sSEType" : path + ".sSEType";
        v.oneOf(p, value.sSEType(), DynamoDBShapes.SSETYPE);
    }
}
