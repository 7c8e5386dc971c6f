// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ApplicationEncryptionConfigurationUpdate} shape. */
public record ApplicationEncryptionConfigurationUpdate(
        @JsonProperty("KeyIdUpdate") String keyIdUpdate,
        @JsonProperty("KeyTypeUpdate") String keyTypeUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ApplicationEncryptionConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "keyIdUpdate" : path + ".keyIdUpdate";
        v.length(p, value.keyIdUpdate(), 1, 2048);
        p = path.isEmpty() ? "keyTypeUpdate" : path + ".keyTypeUpdate";
        v.notNull(p, value.keyTypeUpdate());
        v.oneOf(p, value.keyTypeUpdate(), KinesisAnalyticsV2Shapes.KEY_TYPE);
    }
}
