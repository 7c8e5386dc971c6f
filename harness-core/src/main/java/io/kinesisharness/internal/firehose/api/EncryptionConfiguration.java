// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code EncryptionConfiguration} shape. */
public record EncryptionConfiguration(
        @JsonProperty("NoEncryptionConfig") String noEncryptionConfig,
        @JsonProperty("KMSEncryptionConfig") KMSEncryptionConfig kMSEncryptionConfig) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, EncryptionConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "noEncryptionConfig" : path + ".noEncryptionConfig";
        v.oneOf(p, value.noEncryptionConfig(), FirehoseShapes.NO_ENCRYPTION_CONFIG);
        p = path.isEmpty() ? "kMSEncryptionConfig" : path + ".kMSEncryptionConfig";
        KMSEncryptionConfig.check(v, p, value.kMSEncryptionConfig());
    }
}
