// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DeliveryStreamEncryptionConfiguration} shape. */
public record DeliveryStreamEncryptionConfiguration(
        @JsonProperty("KeyARN") String keyARN,
        @JsonProperty("KeyType") String keyType,
        @JsonProperty("Status") String status,
        @JsonProperty("FailureDescription") FailureDescription failureDescription) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DeliveryStreamEncryptionConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "keyARN" : path + ".keyARN";
        v.pattern(p, value.keyARN(), FirehoseShapes.AWSKMSKEY_ARNFOR_SSE_PATTERN);
        v.length(p, value.keyARN(), 1, 512);
        p = path.isEmpty() ? "keyType" : path + ".keyType";
        v.oneOf(p, value.keyType(), FirehoseShapes.KEY_TYPE);
        p = path.isEmpty() ? "status" : path + ".status";
        v.oneOf(p, value.status(), FirehoseShapes.DELIVERY_STREAM_ENCRYPTION_STATUS);
        p = path.isEmpty() ? "failureDescription" : path + ".failureDescription";
        FailureDescription.check(v, p, value.failureDescription());
    }
}
