// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ApplicationEncryptionConfiguration} shape. */
public record ApplicationEncryptionConfiguration(
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("KeyType") String keyType) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ApplicationEncryptionConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "keyId" : path + ".keyId";
        v.length(p, value.keyId(), 1, 2048);
        p = path.isEmpty() ? "keyType" : path + ".keyType";
        v.notNull(p, value.keyType());
        v.oneOf(p, value.keyType(), KinesisAnalyticsV2Shapes.KEY_TYPE);
    }
}
